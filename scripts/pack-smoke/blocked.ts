/**
 * Type-checked (never run) by scripts/pack-smoke.mjs: TypeScript must not resolve an internal
 * module of the packed packages either (`@ts-expect-error` fails the check if it does).
 */
// @ts-expect-error: ./internal/* is not exported
import * as Internal from "@effect-flex/core/internal/client"

export const internal: unknown = Internal
