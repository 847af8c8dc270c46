import type { Metadata } from "next";
import { AddUserForm } from "@/components/users/add-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/coupons/time/dates";
import { requirePermission } from "@/lib/server/auth/guards";
import { merchantTimeZone } from "@/lib/server/config";
import { listUsers } from "@/lib/server/users/manage";

export const metadata: Metadata = { title: "Users · Coupons" };

export default async function UsersPage() {
  const me = await requirePermission("users:manage");
  const users = await listUsers();
  const zone = merchantTimeZone();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-zinc-900">Users</h1>
        <p className="mt-1 text-sm text-zinc-600">
          Merchants read and change everything and manage users. Support reads, searches and exports, and changes nothing.
        </p>
      </div>
      <section aria-labelledby="users-heading" className="space-y-3">
        <h2 id="users-heading" className="text-base font-semibold text-zinc-900">
          {users.length} {users.length === 1 ? "user" : "users"}
        </h2>
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-zinc-200 text-sm">
            <thead className="bg-zinc-50 text-left text-xs font-semibold uppercase tracking-wide text-zinc-600">
              <tr>
                <th scope="col" className="px-4 py-3">
                  Email
                </th>
                <th scope="col" className="px-4 py-3">
                  Role
                </th>
                <th scope="col" className="px-4 py-3">
                  Status
                </th>
                <th scope="col" className="px-4 py-3">
                  Last sign-in <span className="font-normal normal-case tracking-normal text-zinc-500">({zone})</span>
                </th>
                <th scope="col" className="px-4 py-3 text-right">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {users.map((user) => (
                <tr key={user.id}>
                  <td className="px-4 py-3 font-medium text-zinc-900">
                    {user.email}
                    {user.id === me.id ? (
                      <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-medium text-zinc-700">You</span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3 text-zinc-800">{ROLE_LABELS[user.role]}</td>
                  <td className="px-4 py-3">
                    {user.disabled ? (
                      <span className="inline-flex rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700 ring-1 ring-inset ring-zinc-500/20">
                        Disabled
                      </span>
                    ) : (
                      <span className="inline-flex rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-inset ring-emerald-600/20">
                        Active
                      </span>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-zinc-700">
                    {user.lastLoginAt ? formatDateTime(user.lastLoginAt, zone) : "Never"}
                  </td>
                  <td className="px-4 py-3">
                    {user.id === me.id ? null : <UserRowActions user={{ id: user.id, email: user.email, disabled: user.disabled }} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="add-user-heading" className="max-w-xl rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
        <h2 id="add-user-heading" className="text-base font-semibold text-zinc-900">
          Add a user
        </h2>
        <p className="mt-1 text-sm text-zinc-600">Share the password with them in person or through your password manager.</p>
        <AddUserForm />
      </section>
    </div>
  );
}
