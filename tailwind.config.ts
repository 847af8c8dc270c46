import type { Config } from "tailwindcss";

// Loaded from app/globals.css via `@config "../tailwind.config.ts";`.
// Tailwind 4 also auto-detects sources; `content` keeps the scan explicit.
const config: Config = {
  content: ["./app/**/*.{ts,tsx,mdx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef6ff",
          100: "#d9eaff",
          500: "#2563eb",
          600: "#1d4ed8",
          700: "#1e40af",
          DEFAULT: "#1d4ed8",
        },
      },
    },
  },
};

export default config;
