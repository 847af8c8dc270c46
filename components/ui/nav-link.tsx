/**
 * A header link that marks the current section with aria-current. Server-rendered: the layout
 * knows the path (the proxy passes it), and dashboard sections are reached by full page loads.
 */

export function NavLink({
  href,
  currentPath,
  ariaKeyShortcuts,
  wideOnly,
  children,
}: {
  href: string;
  currentPath: string;
  ariaKeyShortcuts?: string;
  wideOnly?: boolean;
  children: React.ReactNode;
}) {
  const path = currentPath.split("?")[0] ?? "";
  const current = path === href || path.startsWith(`${href}/`);
  return (
    <a
      href={href}
      aria-current={current ? "page" : undefined}
      aria-keyshortcuts={ariaKeyShortcuts}
      className={`${wideOnly ? "hidden sm:inline " : ""}rounded-md px-2 py-1.5 text-sm font-medium sm:px-3 focus-ring ${
        current ? "bg-brand-50 text-brand-700" : "text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900"
      }`}
    >
      {children}
    </a>
  );
}
