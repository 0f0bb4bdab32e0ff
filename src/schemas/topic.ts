import { z } from 'astro/zod';
import { slug, text } from './common';

/** A topic of /figures/: one entry of content/topics.yaml. The file's order is the order on the page. */
export const topicSchema = z
  .object({
    /** The topic's id, written in a figure's or chart's `topic`, its anchor on /figures/ (#topic-<id>) and its page (/figures/topics/<id>/), e.g. prevention. */
    id: slug('id', 'such as prevention'),
    /** The topic's heading on /figures/ and on each of its figures, e.g. "Prevention of trafficking". */
    label: text('label', 'the heading of the topic on /figures/, such as "Prevention of trafficking"'),
    /** One or two sentences under the heading: what the figures there are, and are not. */
    intro: text('intro', 'one or two sentences under the heading: what the figures of this topic are, and are not'),
  })
  .strict();

export type TopicData = z.infer<typeof topicSchema>;
