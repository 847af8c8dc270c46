"use client";
// A link back to the coupon list as the merchant left it (lib/client/table-view.ts); the plain
// list in the server render, before the tab's storage can be read.
import Link from "next/link";
import { useSyncExternalStore, type ComponentProps } from "react";
import { tableViewHref } from "@/lib/client/table-view";

const subscribeNothing = () => () => {};

export function TableLink(props: Omit<ComponentProps<typeof Link>, "href">) {
  const href = useSyncExternalStore(subscribeNothing, tableViewHref, () => "/coupons");
  return <Link href={href} {...props} />;
}
