import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

// The architecture rules of STYLE.md section 2 that a linter can hold.
const noDatabaseOutsideLib = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "e2e/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            // lib/db/errors only classifies errors ("is the database down?"); it reads nothing.
            regex: "^@/lib/db(/(?!errors$).*)?$",
            message: "Pages and components read data through lib/<domain> functions, never the database client.",
          },
        ],
      },
    ],
  },
};

const config = [
  {
    ignores: [
      "lib/db/generated/**",
      ".next/**",
      "bench/reference-app/.next/**",
      "bench/out/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      ".data/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  noDatabaseOutsideLib,
  // Playwright fixtures call a parameter named `use`; it is not React's hook.
  { files: ["e2e/**/*.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
];

export default config;
