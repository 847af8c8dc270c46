import { logout } from "@/lib/actions/auth";
import { Button } from "@/components/ui/button";

const signOut = logout as unknown as (formData: FormData) => Promise<void>;

/**
 * Ends the session on the server, then lands on /login. A server-rendered form: it needs no
 * JavaScript of its own, which keeps the dashboard's first load small.
 */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <Button type="submit">Sign out</Button>
    </form>
  );
}
