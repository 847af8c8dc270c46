"use client";

import { useActionState, useState } from "react";
import { addUser } from "@/lib/actions/users";
import { fieldError, type FormState } from "@/lib/actions/result";
import { PASSWORD_HINT, PASSWORD_MAX } from "@/lib/auth/password-rules";

type Added = Extract<Awaited<ReturnType<typeof addUser>>, { ok: true }>["data"];

const inputClass =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs focus:border-brand-500 focus:outline-2 focus:outline-brand-500/30 aria-invalid:border-rose-500";

function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: boolean) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function AddUserForm() {
  const [state, formAction, pending] = useActionState<FormState<Added>, FormData>(async (_previous, formData) => addUser(formData), null);
  // Controlled, so a refused submit keeps what was typed (React resets uncontrolled fields after an
  // action); cleared once the user is added. The password is never kept.
  const [email, setEmail] = useState("");
  const [role, setRole] = useState("support");
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state?.ok) {
      setEmail("");
      setRole("support");
    }
  }
  const emailError = fieldError(state, "email");
  const roleError = fieldError(state, "role");
  const passwordError = fieldError(state, "password");

  return (
    <form action={formAction} noValidate className="mt-5 space-y-4">
      <div role="status" aria-live="polite">
        {state?.ok ? (
          <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            Added {state.data.email} as {state.data.role}.
          </p>
        ) : null}
      </div>
      {state && !state.ok && !state.fieldErrors ? (
        <p role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {state.message}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <Field id="new-email" label="Email" error={emailError}>
          <input
            id="new-email"
            name="email"
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={Boolean(emailError) || undefined}
            aria-describedby={describedBy("new-email", emailError)}
            className={inputClass}
          />
        </Field>
        <Field id="new-role" label="Role" error={roleError}>
          <select
            id="new-role"
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value)}
            aria-invalid={Boolean(roleError) || undefined}
            aria-describedby={describedBy("new-role", roleError)}
            className={inputClass}
          >
            <option value="support">Support</option>
            <option value="merchant">Merchant</option>
          </select>
        </Field>
      </div>
      <Field id="new-password" label="Password" error={passwordError} hint={PASSWORD_HINT}>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          maxLength={PASSWORD_MAX}
          aria-invalid={Boolean(passwordError) || undefined}
          aria-describedby={describedBy("new-password", passwordError, true)}
          className={inputClass}
        />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-70"
      >
        {pending ? "Adding…" : "Add user"}
      </button>
    </form>
  );
}
