/** Names the sharing features show; the guide's title matches Starlight's `title` in astro.config.mjs. */
export const GUIDE_NAME = 'AI Infrastructure Engineer Guide';
export const PRINT_TITLE = 'The whole guide';
