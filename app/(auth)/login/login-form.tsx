"use client";

import { useActionState, useState } from "react";
import { fieldError, type FormState } from "@/lib/actions/result";
import { login } from "../../../lib/actions/auth";

const inputClass =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs placeholder:text-zinc-400 focus:border-brand-500 focus:outline-2 focus:outline-offset-0 focus:outline-brand-500/30 aria-invalid:border-rose-500";

export function LoginForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(login, null);
  // Controlled so a refused attempt keeps the email; React resets uncontrolled fields after an action.
  const [email, setEmail] = useState("");
  const emailError = fieldError(state, "email");
  const passwordError = fieldError(state, "password");
  const formError = state && !state.ok && !state.fieldErrors ? state.message : undefined;
  const throttled = state && !state.ok && state.code === "THROTTLED";

  return (
    <form action={formAction} noValidate className="space-y-5" aria-describedby={formError ? "login-error" : undefined}>
      <input type="hidden" name="next" value={next} />
      {formError ? (
        <div
          id="login-error"
          role="alert"
          className={`rounded-md border px-3 py-2.5 text-sm ${throttled ? "border-amber-300 bg-amber-50 text-amber-900" : "border-rose-200 bg-rose-50 text-rose-800"}`}
        >
          {formError}
        </div>
      ) : null}
      <div className="space-y-1.5">
        <label htmlFor="email" className="block text-sm font-medium text-zinc-800">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={Boolean(emailError || formError) || undefined}
          aria-describedby={emailError ? "email-error" : formError ? "login-error" : undefined}
          className={inputClass}
        />
        {emailError ? (
          <p id="email-error" className="text-sm text-rose-700">
            {emailError}
          </p>
        ) : null}
      </div>
      <div className="space-y-1.5">
        <label htmlFor="password" className="block text-sm font-medium text-zinc-800">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(passwordError || formError) || undefined}
          aria-describedby={passwordError ? "password-error" : formError ? "login-error" : undefined}
          className={inputClass}
        />
        {passwordError ? (
          <p id="password-error" className="text-sm text-rose-700">
            {passwordError}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="flex w-full items-center justify-center gap-2 rounded-md bg-brand px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:cursor-not-allowed disabled:opacity-70"
      >
        {pending ? (
          <>
            <span aria-hidden="true" className="h-4 w-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />
            Signing in…
          </>
        ) : (
          "Sign in"
        )}
      </button>
    </form>
  );
}
