"use client";

import { useFormStatus } from "react-dom";
import { logout } from "@/app/(auth)/actions";

function Submit() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}

/** Ends the session on the server, then lands on /login. */
export function SignOutButton() {
  return (
    <form
      action={async (formData) => {
        await logout(formData);
      }}
    >
      <Submit />
    </form>
  );
}
