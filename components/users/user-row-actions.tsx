"use client";

import { disableUser, enableUser, removeUser } from "@/lib/actions/users";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function UserRowActions({ user }: { user: { id: string; email: string; disabled: boolean } }) {
  return (
    <div className="flex justify-end gap-2">
      {user.disabled ? (
        <ConfirmButton
          label="Enable"
          accessibleLabel={`Enable ${user.email}`}
          title={`Enable ${user.email}?`}
          description="They can sign in again with their password."
          confirmLabel="Enable user"
          tone="neutral"
          run={() => enableUser({ id: user.id })}
        />
      ) : (
        <ConfirmButton
          label="Disable"
          accessibleLabel={`Disable ${user.email}`}
          title={`Disable ${user.email}?`}
          description="They are signed out everywhere at once and can't sign in until a merchant enables them again."
          confirmLabel="Disable user"
          run={() => disableUser({ id: user.id })}
        />
      )}
      <ConfirmButton
        label="Remove"
        accessibleLabel={`Remove ${user.email}`}
        title={`Remove ${user.email}?`}
        description="The account is deleted and its sessions end. The audit log keeps their past changes."
        confirmLabel="Remove user"
        run={() => removeUser({ id: user.id })}
      />
    </div>
  );
}
