"use client";
// The coupon form (create, edit, duplicate). react-hook-form validates with the form schema,
// which runs the domain's specification rules; the server action parses the same specification
// again. A failed save keeps everything typed and says why, on the fields or in one banner.
import { zodResolver } from "@hookform/resolvers/zod";
import { QueryClientContext } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { useContext, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { leaveFlash } from "@/lib/client/flash";
import { tableViewHref } from "@/lib/client/table-view";
import type { CouponType } from "@/lib/coupons/domain/coupon-types";
import { couponEditSchema } from "@/lib/coupons/form/form-edit";
import { couponFormSchema } from "@/lib/coupons/form/form-schema";
import type { CouponFormValues, FormSettings } from "@/lib/coupons/form/form-values";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import { AppliesToSection } from "./applies-to-section";
import { CODE_TAKEN, DetailsSection } from "./details-section";
import { DatesSection } from "./dates-section";
import { FormBanner, type BannerState } from "./form-banner";
import { failureBanner, UNREACHABLE } from "./form-failure";
import { ChangedElsewhereNote, FormFooter, manyLabel } from "./form-footer";
import { saveCoupon, type FormOutput } from "./save-coupon";
import { KeptFieldsNote } from "./kept-fields-note";
import { CouponFormContext, type CouponFormMeta, type FormMode } from "./form-context";
import { LimitsSection } from "./limits-section";
import { StatusSection } from "./status-section";
import { TypeSection } from "./type-section";
import { useChangedElsewhere } from "./use-changed-elsewhere";
import { useCodeAvailability } from "./use-code-availability";
import { patternProblem, submitFamily } from "./submit-family";
import { ManyCodesContext, useManyCodesState } from "./use-many-codes";

export interface CouponFormProps {
  mode: FormMode;
  settings: FormSettings;
  initialValues: CouponFormValues;
  /** Editing: the coupon as the form opened it. */
  edit?: { id: string; type: CouponType; specification: CouponSpecification; revision: string };
}

export function CouponForm({ mode, settings, initialValues, edit }: CouponFormProps) {
  const router = useRouter();
  const queryClient = useContext(QueryClientContext);
  // A new coupon is validated whole; an edit as the update it sends, against the coupon as stored.
  const schema = useMemo(
    () =>
      edit
        ? couponEditSchema({ stored: edit.specification, initial: initialValues, timeZone: settings.timeZone }).transform(
            (e): FormOutput => ({ kind: "edit", ...e }),
          )
        : couponFormSchema(settings.timeZone).transform((specification): FormOutput => ({ kind: "create", specification })),
    [edit, initialValues, settings.timeZone],
  );
  const form = useForm<CouponFormValues, unknown, FormOutput>({
    resolver: zodResolver(schema),
    defaultValues: initialValues,
    mode: "onTouched",
  });
  const [banner, setBanner] = useState<BannerState | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  // A second click lands before React re-renders the disabled button; this ref refuses it.
  const inFlight = useRef(false);
  const overwrite = useRef(false);
  const code = useWatch({ control: form.control, name: "code" });
  const codeAvailability = useCodeAvailability(code, edit?.id);
  const changedElsewhere = useChangedElsewhere(edit?.id, edit?.revision);
  const meta: CouponFormMeta = { mode, settings, lockedType: edit?.type, codeAvailability, zoneName: settings.zoneName };
  const searchParams = useSearchParams();
  const many = useManyCodesState(!edit && searchParams.get("many") === "1");

  async function onManyValid(specification: CouponSpecification) {
    inFlight.current = true;
    setSaving(true);
    setBanner(null);
    const values = form.getValues();
    const result = await submitFamily(specification, many, values.type === "PercentOff" && values.confirmFullDiscount);
    setSaving(false);
    if (result !== "unreachable" && result !== "pattern" && result.ok) {
      setSaved(true);
      return router.push(`/families/${result.data.familyId}?run=1`);
    }
    inFlight.current = false;
    if (result === "pattern") many.markAttempted();
    if (result === "pattern") setBanner({ kind: "error", title: "The codes weren't created", message: patternProblem(many) });
    else if (result === "unreachable") setBanner(UNREACHABLE);
    else setBanner(failureBanner(result, mode, form.setError));
  }

  async function onValid(output: FormOutput) {
    if (inFlight.current || saved) return;
    if (many.on && output.kind === "create") return onManyValid(output.specification);
    if (codeAvailability === "taken") {
      form.setError("code", { type: "taken", message: CODE_TAKEN }, { shouldFocus: true });
      return;
    }
    const values = form.getValues();
    const confirmFullDiscount = values.type === "PercentOff" && values.confirmFullDiscount;
    inFlight.current = true;
    setSaving(true);
    setBanner(null);
    const result = await saveCoupon(output, edit, overwrite.current, confirmFullDiscount);
    overwrite.current = false;
    setSaving(false);
    if (result === "unchanged") {
      inFlight.current = false;
      setBanner({ kind: "notice", title: "Nothing to save", message: "You haven't changed anything yet." });
      return;
    }
    if (result === "unreachable" || !result.ok) {
      inFlight.current = false;
      if (result === "unreachable") setBanner(UNREACHABLE);
      else setBanner(failureBanner(result, mode, form.setError));
      return;
    }
    setSaved(true);
    const after = output.kind === "create" ? output.specification : output;
    const what = `Coupon “${after.name}”`;
    const id = result.data.id;
    // A retried create that had already gone through says so rather than claiming a new coupon.
    const replayed = "replayed" in result.data && result.data.replayed === true;
    leaveFlash({
      message: edit
        ? `${what} saved.`
        : replayed
          ? `${what} was already saved.`
          : after.active === false
            ? `${what} created, switched off.`
            : `${what} created.`,
      link: { href: `/coupons/${encodeURIComponent(id)}/edit`, label: edit ? "Edit again" : "Edit" },
    });
    void queryClient?.invalidateQueries({ queryKey: ["coupons"] });
    // An edit goes back to the list the merchant came from; a new coupon to the plain list, where
    // it is on top.
    router.push(edit ? tableViewHref() : "/coupons");
  }

  // handleSubmit runs in the event, not during render: the handler reads refs.
  const submit = (event?: FormEvent) => form.handleSubmit(onValid)(event);

  // Until React takes over, the button stays disabled: an early click or Enter would otherwise
  // submit the page's native form and put everything typed into the URL.
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const busy = saving || saved || form.formState.isSubmitting;
  const label = edit ? "Save changes" : many.on ? manyLabel(many.draft.count) : "Create coupon";

  return (
    <CouponFormContext.Provider value={meta}>
      <ManyCodesContext.Provider value={edit ? null : many}>
        <FormProvider {...form}>
          <form noValidate onSubmit={submit} aria-busy={busy} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
            <div className="min-w-0 space-y-6">
              {banner ? (
                <FormBanner
                  banner={banner}
                  onOverwrite={() => {
                    overwrite.current = true;
                    void submit();
                  }}
                  onReload={() => window.location.reload()}
                />
              ) : changedElsewhere ? (
                <ChangedElsewhereNote />
              ) : null}
              {edit ? <KeptFieldsNote specification={edit.specification} /> : null}
              <DetailsSection />
              <TypeSection />
              <AppliesToSection />
              <LimitsSection />
              <DatesSection />
              <StatusSection />
            </div>
            <FormFooter busy={busy} hydrated={hydrated} saved={saved} label={label} />
          </form>
        </FormProvider>
      </ManyCodesContext.Provider>
    </CouponFormContext.Provider>
  );
}

const subscribeNothing = () => () => {};
