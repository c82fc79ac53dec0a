// ESLint 9 flat config, modelled on the Effect monorepo's eslint.config.mjs:
// eslint:recommended + typescript-eslint recommended + @effect/eslint-plugin's dprint formatter.
// No type-aware rules (fast, and works on files outside any tsconfig); `tsc -b` does the typing.
import * as effectEslint from "@effect/eslint-plugin"
import js from "@eslint/js"
import { defineConfig } from "eslint/config"
import tseslint from "typescript-eslint"

/** Globs of files that `tsc -b tsconfig.json` type-checks with noUnusedLocals/noUnusedParameters. */
const typeCheckedFiles = [
  "packages/*/src/**/*.ts",
  "packages/*/test/**/*.ts",
  "examples/*.ts",
  "bench/*.ts"
]

export default defineConfig(
  {
    ignores: [
      "**/node_modules/**",
      "**/build/**",
      "**/dist/**",
      "**/coverage/**",
      "**/*.d.ts",
      "**/*.tsbuildinfo",
      "**/*.md",
      "docs/**",
      "packages/*/docs/**",
      "bench/results/**"
    ]
  },
  {
    // Besides *.js/*.mjs/*.cjs (linted by default), lint every TypeScript file that is not ignored:
    // packages/*/src, packages/*/test, examples, bench and the root/package config files.
    files: ["**/*.ts", "**/*.mts", "**/*.cts"]
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  effectEslint.configs.dprint,
  {
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module"
    },
    linterOptions: {
      reportUnusedDisableDirectives: "warn"
    },
    rules: {
      "no-fallthrough": "off",
      "no-irregular-whitespace": "off",
      "object-shorthand": "error",
      "prefer-destructuring": "off",
      "sort-imports": "off",
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='push'] > SpreadElement.arguments",
          message: "Do not use spread arguments in Array.push"
        }
      ],
      "no-unused-vars": "off",
      "require-yield": "off",
      "prefer-rest-params": "off",
      "prefer-spread": "off",

      "@typescript-eslint/array-type": ["warn", { default: "generic", readonly: "generic" }],
      "@typescript-eslint/consistent-type-imports": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-empty-object-type": "off",
      "@typescript-eslint/no-unsafe-function-type": "off",
      "@typescript-eslint/no-wrapper-object-types": "off",
      "@typescript-eslint/ban-ts-comment": "off",
      "@typescript-eslint/explicit-function-return-type": "off",
      "@typescript-eslint/explicit-module-boundary-types": "off",
      "@typescript-eslint/no-array-constructor": "off",
      "@typescript-eslint/no-use-before-define": "off",
      "@typescript-eslint/no-namespace": "off",

      "@effect/dprint": [
        "error",
        {
          config: {
            indentWidth: 2,
            lineWidth: 120,
            semiColons: "asi",
            quoteStyle: "alwaysDouble",
            trailingCommas: "never",
            operatorPosition: "maintain",
            "arrowFunction.useParentheses": "force"
          }
        }
      ]
    }
  },
  {
    // tsc (noUnusedLocals + noUnusedParameters) already reports unused code in these files.
    files: typeCheckedFiles,
    rules: {
      "@typescript-eslint/no-unused-vars": "off"
    }
  },
  {
    // Plain browser scripts of the example page use DOM globals; TypeScript files get no-undef
    // turned off by typescript-eslint already (tsc checks names).
    files: ["examples/**/*.js", "examples/**/*.mjs"],
    rules: {
      "no-undef": "off"
    }
  },
  {
    files: ["packages/*/src/**/*", "packages/*/test/**/*"],
    rules: {
      "no-console": "error"
    }
  },
  {
    // Per-module imports in library code: `import * as Effect from "effect/Effect"`, never the barrel.
    files: ["packages/*/src/**/*"],
    rules: {
      "@effect/no-import-from-barrel-package": [
        "error",
        {
          packageNames: ["effect", "@effect/platform", "@effect/platform-node", "@effect/platform-browser"]
        }
      ]
    }
  }
)
