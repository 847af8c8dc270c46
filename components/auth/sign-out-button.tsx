import { logout } from "@/lib/actions/auth";

const signOut = logout as unknown as (formData: FormData) => Promise<void>;

/**
 * Ends the session on the server, then lands on /login. A server-rendered form: it needs no
 * JavaScript of its own, which keeps the dashboard's first load small.
 */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <button
        type="submit"
        className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        Sign out
      </button>
    </form>
  );
}
