import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Coupons",
  icons: {
    icon: { url: "/favicon.svg", type: "image/svg+xml" },
  },
};

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  // Every page renders per request: the CSP nonce (set by proxy.ts) differs on each response, and
  // Next.js can only stamp it on scripts of a page it renders now, never on a prerendered one.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
