// The components editors may write in .mdx files, with their properties: what `npm run check` holds
// MDX against. Pages pass the same components to <Content components={{ Figure }} />; a unit test keeps
// each entry in line with the component's Props.
import type { CollectionName } from '../schemas';

export interface PropSpec {
  /** 'text': written name="…"; 'flag': the name alone, e.g. inline. */
  kind: 'text' | 'flag';
  required?: boolean;
  /** The collection whose ids the value names, checked like any reference. */
  refersTo?: CollectionName;
  /** What the property is, for messages. */
  help: string;
}

export interface ComponentSpec {
  /** A correct use, for messages. */
  example: string;
  props: Record<string, PropSpec>;
}

export const MDX_COMPONENTS: Record<string, ComponentSpec> = {
  Figure: {
    example: '<Figure id="forced-labour-2021" inline />',
    props: {
      id: { kind: 'text', required: true, refersTo: 'figures', help: 'the id of a figure: its file name in content/figures/ without .md' },
      inline: { kind: 'flag', help: 'the value as a link within the sentence; without it, the figure is shown as a card' },
    },
  },
};
