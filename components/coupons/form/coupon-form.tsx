"use client";
// The coupon form (create, edit, duplicate). react-hook-form validates with the form schema,
// which runs the domain's specification rules; the server action parses the same specification
// again. A failed save keeps everything typed and says why, on the fields or in one banner.
import { zodResolver } from "@hookform/resolvers/zod";
import { QueryClientContext } from "@tanstack/react-query";
import { TableLink } from "./table-link";
import { useRouter, useSearchParams } from "next/navigation";
import { useContext, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { createCoupon, updateCoupon } from "@/lib/actions/coupons";
import { firstMessage, type ActionResult } from "@/lib/actions/result";
import { leaveFlash } from "@/lib/client/flash";
import { tableViewHref } from "@/lib/client/table-view";
import type { CouponType } from "@/lib/coupons/domain/coupon-types";
import { couponEditSchema, type EditOutcome } from "@/lib/coupons/form/form-edit";
import { couponFormSchema, formPathOf } from "@/lib/coupons/form/form-schema";
import type { CouponFormValues, FormSettings } from "@/lib/coupons/form/form-values";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import { AppliesToSection } from "./applies-to-section";
import { CODE_TAKEN, DetailsSection } from "./details-section";
import { DatesSection } from "./dates-section";
import { FormBanner, type BannerState } from "./form-banner";
import { KeptFieldsNote } from "./kept-fields-note";
import { CouponFormContext, fieldId, type CouponFormMeta, type FormMode } from "./form-context";
import { LimitsSection } from "./limits-section";
import { StatusSection } from "./status-section";
import { SummaryCard } from "./summary-card";
import { TypeSection } from "./type-section";
import { useChangedElsewhere } from "./use-changed-elsewhere";
import { useCodeAvailability } from "./use-code-availability";
import { MAX_FAMILY_SIZE } from "@/lib/coupons/families/code-pattern";
import { patternProblem, submitFamily } from "./submit-family";
import { ManyCodesContext, useManyCodesState } from "./use-many-codes";

export interface CouponFormProps {
  mode: FormMode;
  settings: FormSettings;
  initialValues: CouponFormValues;
  /** Editing: the coupon as the form opened it. */
  edit?: { id: string; type: CouponType; specification: CouponSpecification; revision: string };
}

const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  code: "Code",
  type: "Type",
  start: "Starts",
  end: "End",
  endMode: "Ends",
  moneyOffAmount: "Amount off",
  percentOffRate: "Percent off",
  confirmFullDiscount: "100 % confirmation",
  fixedPriceAmount: "Sale price",
  "buyXGetY.x": "Customers buy",
  "buyXGetY.y": "They get free",
  target: "Applies to",
  "scope.namespace": "Which app's items",
  "scope.group": "Which items",
  "scope.entityId": "Item",
  minimumSubtotal: "Minimum order subtotal",
  usageLimit: "Total uses",
  limitPerCustomer: "Uses per customer",
  limitedToOneItem: "Once per order",
  appliesToSubscriptions: "Subscriptions",
  discountedCycleCount: "Discounted billing cycles",
  active: "Active",
};

const UNREACHABLE: BannerState = {
  kind: "error",
  title: "The coupon wasn't saved",
  message: "The server didn't answer. Nothing was saved, and everything you typed is still here; try again in a moment.",
};

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

  function showFailure(result: Extract<ActionResult<unknown>, { ok: false }>) {
    const fields: NonNullable<BannerState["fields"]> = [];
    const loose: string[] = [];
    for (const [path, value] of Object.entries(result.fieldErrors ?? {})) {
      const message = firstMessage(value);
      if (!message) continue;
      const formPath = formPathOf(path);
      const id = fieldId(formPath);
      if (formPath !== "root" && document.getElementById(id)) {
        form.setError(formPath as never, { type: "server", message });
        fields.push({ id, label: FIELD_LABELS[formPath] ?? formPath, message });
      } else {
        loose.push(message);
      }
    }
    const conflict = result.code === "STALE" && mode === "edit";
    if (conflict) {
      setBanner({
        kind: "conflict",
        title: "This coupon changed since you opened it",
        message:
          "Nothing was saved. Save your changes over the other ones (only the fields you changed are sent), or discard yours and load the latest version.",
      });
      return;
    }
    setBanner({ kind: "error", title: "The coupon wasn't saved", message: [result.message, ...loose].join(" "), fields });
  }

  async function save(
    output: FormOutput,
    confirmFullDiscount: boolean,
  ): Promise<ActionResult<{ id: string; replayed?: boolean }> | "unchanged" | "unreachable"> {
    try {
      if (output.kind === "create" || !edit) {
        if (output.kind !== "create") return "unreachable";
        return await createCoupon({ specification: output.specification, confirmFullDiscount });
      }
      // Only what the person changed goes to the server; a cleared optional field goes as null.
      const { changes } = output;
      if (Object.keys(changes).length === 0) return "unchanged";
      const expectedRevision = overwrite.current ? undefined : edit.revision;
      return await updateCoupon({ id: edit.id, expectedRevision, changes, confirmFullDiscount });
    } catch {
      // The action never answered: a network failure or a server crash. Nothing typed is lost.
      return "unreachable";
    }
  }

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
    else showFailure(result);
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
    const result = await save(output, confirmFullDiscount);
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
      else showFailure(result);
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
                <div role="status" className="rounded-xl border border-amber-300 bg-amber-50 px-5 py-4 text-sm text-amber-950">
                  <p className="font-semibold">This coupon was changed elsewhere</p>
                  <p className="mt-1">Someone saved it since you opened this form. Saving will ask before overwriting their change.</p>
                </div>
              ) : null}
              {edit ? <KeptFieldsNote specification={edit.specification} /> : null}
              <DetailsSection />
              <TypeSection />
              <AppliesToSection />
              <LimitsSection />
              <DatesSection />
              <StatusSection />
            </div>
            <aside aria-label="Summary and save" className="space-y-4 lg:sticky lg:top-6">
              <SummaryCard />
              <div className="flex items-center gap-3">
                <button
                  type="submit"
                  disabled={busy || !hydrated}
                  className="inline-flex flex-1 items-center justify-center gap-2 rounded-md bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-xs hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-70"
                >
                  {busy ? <Spinner /> : null}
                  {saved ? "Saved" : busy ? "Saving…" : label}
                </button>
                <TableLink className="rounded-md border border-zinc-300 bg-white px-4 py-2.5 text-sm font-medium text-zinc-800 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
                  Cancel
                </TableLink>
              </div>
            </aside>
          </form>
        </FormProvider>
      </ManyCodesContext.Provider>
    </CouponFormContext.Provider>
  );
}

/** What a valid form hands to the save: a whole new coupon, or an edit's update. */
type FormOutput = { kind: "create"; specification: CouponSpecification } | ({ kind: "edit" } & EditOutcome);

const subscribeNothing = () => () => {};

/** "Create 250 coupons", as soon as the count is one the pattern allows. */
function manyLabel(count: string): string {
  const n = Number(count);
  return Number.isInteger(n) && n >= 1 && n <= MAX_FAMILY_SIZE ? `Create ${n.toLocaleString("en-US")} coupons` : "Create the coupons";
}

function Spinner() {
  return <span aria-hidden="true" className="h-4 w-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />;
}
