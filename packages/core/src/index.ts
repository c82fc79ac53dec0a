/**
 * @since 0.1.0
 */
export * as ChatChannel from "./ChatChannel.js"

/**
 * @since 0.1.0
 */
export * as FlexClient from "./FlexClient.js"

/**
 * @since 0.1.0
 */
export * as FlexConfig from "./FlexConfig.js"

/**
 * @since 0.1.0
 */
export * as FlexError from "./FlexError.js"

/**
 * @since 0.1.0
 */
export * as FlexSimulator from "./FlexSimulator.js"

/**
 * @since 0.1.0
 */
export * as InteractionChannel from "./InteractionChannel.js"

/**
 * @since 0.1.0
 */
export * as Page from "./Page.js"

/**
 * @since 0.1.0
 */
export * as Participant from "./Participant.js"

/**
 * @since 0.1.0
 */
export * as Sid from "./Sid.js"
