"use client";
// What the coupon applies to: specific items (namespace → group → item, from the scope matrix)
// or orders over an amount. Every unavailable option stays visible with its reason.
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { RadioGroupField } from "@/components/ui/form/radio-group-field";
import { MoneyField } from "@/components/ui/form/text-field";
import { labelOf } from "@/lib/coupons/domain/fields";
import {
  entityMode,
  groupChoices,
  minimumIsOptional,
  namespaceChoices,
  targetChoices,
  WHOLE_NAMESPACE,
  type Target,
} from "@/lib/coupons/form/form-options";
import type { CouponFormValues, ScopeFormValues } from "@/lib/coupons/form/form-values";
import { allowsWholeNamespace, type Namespace } from "@/lib/coupons/domain/scope-matrix";
import { fieldId, useCouponFormMeta, useFieldError } from "./form-context";
import { FormSection } from "./form-section";
import { ItemPicker } from "./item-picker";

export function AppliesToSection() {
  const { control, register, setValue, formState } = useFormContext<CouponFormValues>();
  const { settings } = useCouponFormMeta();
  const [type, target] = useWatch<CouponFormValues, ["type", "target"]>({ name: ["type", "target"] });
  const errors = { target: useFieldError("target"), minimum: useFieldError("minimumSubtotal") };
  const optionalMinimum = minimumIsOptional(type);
  const revalidate = { shouldDirty: true, shouldValidate: formState.isSubmitted };

  return (
    <FormSection id="applies-to" title="Applies to">
      <Controller
        control={control}
        name="target"
        render={({ field }) => (
          <RadioGroupField<Target>
            id={fieldId("target")}
            name={field.name}
            legend="The coupon applies to"
            columns={2}
            options={targetChoices(type)}
            value={field.value}
            onChange={(next) => setValue("target", next, revalidate)}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={errors.target}
          />
        )}
      />
      {target === "items" && !optionalMinimum ? (
        <ScopePicker />
      ) : (
        <MoneyField
          id={fieldId("minimumSubtotal")}
          label={labelOf("minimumSubtotal")}
          optional={optionalMinimum}
          currencySymbol={settings.currencySymbol}
          className="sm:max-w-xs"
          description={
            optionalMinimum
              ? "Leave empty to make shipping free on every order."
              : "The coupon works on orders whose subtotal reaches this amount."
          }
          error={errors.minimum}
          placeholder="50.00"
          {...register("minimumSubtotal")}
        />
      )}
    </FormSection>
  );
}

/** The cascade: namespace, then its groups, then the item, each step reset when the one before changes. */
function ScopePicker() {
  const { control, setValue, formState } = useFormContext<CouponFormValues>();
  const [type, scope] = useWatch<CouponFormValues, ["type", "scope"]>({ name: ["type", "scope"] });
  const errors = {
    namespace: useFieldError("scope.namespace"),
    group: useFieldError("scope.group"),
    entity: useFieldError("scope.entityId"),
  };
  const setScope = (next: ScopeFormValues) => setValue("scope", next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  const namespace = scope.namespace || null;
  const mode = namespace && scope.group ? entityMode(namespace, scope.group) : undefined;

  return (
    <div className="space-y-5 border-l-2 border-zinc-100 pl-4">
      <Controller
        control={control}
        name="scope.namespace"
        render={({ field }) => (
          <RadioGroupField<Namespace>
            id={fieldId("scope.namespace")}
            name={field.name}
            legend="Which app's items"
            compact
            columns={2}
            options={namespaceChoices(type)}
            value={field.value}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={errors.namespace}
            // A namespace that may stand alone starts on "all of it"; events must pick a group.
            onChange={(next) =>
              setScope({ namespace: next, group: allowsWholeNamespace(next) ? WHOLE_NAMESPACE : "", entityId: "", entityName: "" })
            }
          />
        )}
      />
      {namespace ? (
        <Controller
          control={control}
          name="scope.group"
          render={({ field }) => (
            <RadioGroupField
              id={fieldId("scope.group")}
              name={field.name}
              legend="Which items"
              compact
              columns={groupChoices(namespace).length > 2 ? 3 : 2}
              options={groupChoices(namespace)}
              value={field.value}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errors.group}
              onChange={(next) => setScope({ namespace, group: next, entityId: "", entityName: "" })}
            />
          )}
        />
      ) : null}
      {namespace && mode && mode !== "forbidden" ? (
        <Controller
          control={control}
          name="scope.entityId"
          render={({ field }) => (
            <ItemPicker
              key={`${namespace}/${scope.group}`}
              id={fieldId("scope.entityId")}
              namespace={namespace}
              group={scope.group}
              required={mode === "required"}
              value={{ id: scope.entityId, name: scope.entityName }}
              onChange={(item) => setScope({ ...scope, entityId: item.id, entityName: item.name })}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errors.entity}
            />
          )}
        />
      ) : null}
    </div>
  );
}
