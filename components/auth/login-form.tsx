"use client";
// The sign-in form, on the shared field kit. A refused attempt says why: on the field, or in one
// message the fields point at (wrong password, too many attempts).
import { useActionState, useState } from "react";
import { Button, ButtonSpinner } from "@/components/ui/button";
import { TextField } from "@/components/ui/form/text-field";
import { login } from "@/lib/actions/auth";
import { fieldError, type FormState } from "@/lib/actions/result";

export function LoginForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(login, null);
  // Controlled so a refused attempt keeps the email; React resets uncontrolled fields after an action.
  const [email, setEmail] = useState("");
  const emailError = fieldError(state, "email");
  const passwordError = fieldError(state, "password");
  const formError = state && !state.ok && !state.fieldErrors ? state.message : undefined;
  const throttled = state && !state.ok && state.code === "THROTTLED";
  // Without a field's own error, a form-wide one is what the field is invalid for.
  const formAria = formError ? ({ "aria-invalid": true, "aria-describedby": "login-error" } as const) : {};

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
      <TextField
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={emailError}
        {...formAria}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        error={passwordError}
        {...formAria}
      />
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="w-full">
        {pending ? (
          <>
            <ButtonSpinner />
            Signing in…
          </>
        ) : (
          "Sign in"
        )}
      </Button>
    </form>
  );
}
