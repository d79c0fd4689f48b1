import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /** When a person last checked this page against its sources (YYYY-MM-DD). */
        lastReviewed: z.coerce.date().optional(),
      }),
    }),
  }),
};
