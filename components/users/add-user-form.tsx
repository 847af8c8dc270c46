"use client";
// Adding a user (merchants only), on the shared field kit: email, role and a first password.
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form/select-field";
import { TextField } from "@/components/ui/form/text-field";
import { addUser } from "@/lib/actions/users";
import { fieldError, type FormState } from "@/lib/actions/result";
import { PASSWORD_HINT, PASSWORD_MAX } from "@/lib/auth/password-rules";

const ROLE_OPTIONS = [
  { value: "support", label: "Support" },
  { value: "merchant", label: "Merchant" },
];

type Added = Extract<Awaited<ReturnType<typeof addUser>>, { ok: true }>["data"];

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
        <TextField
          id="new-email"
          name="email"
          type="email"
          label="Email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={emailError}
        />
        <SelectField
          id="new-role"
          name="role"
          label="Role"
          value={role}
          onChange={(e) => setRole(e.target.value)}
          options={ROLE_OPTIONS}
          error={roleError}
        />
      </div>
      <TextField
        id="new-password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX}
        description={PASSWORD_HINT}
        error={passwordError}
      />
      <Button type="submit" variant="primary" size="md" disabled={pending}>
        {pending ? "Adding…" : "Add user"}
      </Button>
    </form>
  );
}
