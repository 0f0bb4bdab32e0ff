/**
 * Every word of the site's interface in English: buttons, states, labels and headings the site
 * repeats. Plain data: `{name}` marks a value filled in with fill() (src/lib/ui-format.ts), and
 * `{ one, other }` the forms chosen by count with plural(). The words of the content (titles,
 * introductions, charts, topics, formats…) are not here but in content/.
 *
 * A second language is one more file like this one, typed `UiStrings`, chosen in ./index.ts.
 */
export const en = {
  /** BCP 47 language of the pages, for <html lang> and search. */
  lang: 'en',
  /** Locale for dates and numbers (Intl), e.g. "18 April 2023", "5,260". */
  locale: 'en-GB',
  /** Open Graph locale. */
  ogLocale: 'en_GB',
  /** Writing direction. */
  dir: 'ltr',

  page: {
    skipToContent: 'Skip to content',
    /** <title> of the home page. */
    homeTitle: '{site}: {name}',
    /** <title> of every other page. */
    title: '{title} · {site}',
    lastUpdated: 'Last updated {date}.',
    editPage: 'Edit this page',
  },

  /** The name of each section of the site (src/lib/sections.ts), wherever the sections are listed. */
  sections: { figures: 'Figures', background: 'Background', programme: 'Programme', speakers: 'Speakers', conference: 'Conference' },

  /** A figure embedded in another site (EmbedLayout): the line above it and the link back. */
  embed: {
    header: '{site} · Figures',
    back: 'More on {site}: {label}',
    /** What the link back to the figure's page leads to. */
    backLabel: 'scope, caveats, citation',
    /** The frame's meta description. */
    description: '{title}: {display} ({year}). Source: {publisher}, {sourceTitle} ({sourceYear}).',
    year: 'Year',
    source: 'Source',
    /** After the year of a figure we calculated. */
    derived: ', our calculation',
  },

  /** The words drawn on the share images (og:image), and in their alt text. */
  card: {
    header: '{site} · Figures',
    source: 'Source: {publisher} ({year})',
    derived: 'Our calculation from {publisher} ({year})',
    derivedAlt: 'Our calculation from figures by {publisher} ({year})',
    siteOffer: 'Figures on human trafficking with their sources, the background of the OSCE Action Plan, and the programme',
  },

  header: {
    homeSuffix: ', home',
    /** The home page in a list of the sections (the 404 page). */
    home: 'Home',
    nav: 'Main',
    search: 'Site search',
    searchLabel: 'Search the site',
    searchPlaceholder: 'Search, e.g. 27.6 million',
    searchButton: 'Search',
  },

  footer: {
    about: 'About',
    privacy: 'Privacy: no cookies, no trackers',
    accessibility: 'Accessibility',
    openData: 'Open data',
    sourceCode: 'Source code',
    changes: 'Corrections',
  },

  /** Links to every section, where search cannot help. */
  browse: {
    heading: 'Browse by section',
  },

  numbers: {
    million: '{n} million',
    billion: '{n} billion',
    usd: 'US${n}',
    percent: '{n}%',
    perThousand: '{n} per 1,000',
  },

  dates: {
    /** A conference day in full: "Tuesday 18 April 2023". */
    day: '{weekday} {date}',
  },

  figure: {
    /** <title> and search title of a figure's page. */
    pageTitle: '{display}: {title}',
    description: '{title}: {display} ({year}). {scope}. Source: {publisher}, {sourceTitle} ({sourceYear}).',
    breadcrumb: 'Figures',
    derivedBadge: 'Our calculation, not a published statistic',
    ourCalculation: 'our calculation',
    year: 'Year',
    scope: 'Scope',
    status: 'Status',
    statusDerived: 'Derived: our arithmetic on published figures',
    statusVerified: 'Published by the source named below',
    method: 'Method',
    source: 'Source',
    sourceLine: 'Source:',
    jumpCite: 'Cite this figure',
    jumpSource: 'About the source',
    jumpRelated: 'Related figures',
    caveat: 'What this figure does not say',
    differs: 'Sources differ: {question}',
    measures: 'What it measures',
    publisher: 'Publisher',
    sourceTitle: 'Title',
    published: 'Published',
    address: 'Address',
    note: 'Note',
    related: 'Related figures',
    relatedDerived: '{year}, our calculation',
    cite: 'Cite this figure',
    citeFigureLabel: 'The figure, its source and this page',
    citeFigureButton: 'Copy citation',
    citeSourceLabel: 'The original source alone, for a reference list',
    citeSourceButton: 'Copy source reference',
    embedLabel: 'The figure on your site: this code shows its value, year and source in a frame, linked to this page',
    embedButton: 'Copy embed code',
    /** The downloads under the citations: "Download: this figure as data (JSON) · its image (PNG, 1200 × 630) · all figures (CSV)". */
    download: 'Download:',
    downloadJson: 'this figure as data (JSON)',
    downloadCard: 'its image (PNG, {width} × {height})',
    downloadCsv: 'all figures (CSV)',
    copied: 'Copied.',
    copyFailed: 'Could not copy: the text is selected, press Ctrl+C or ⌘C.',
    /** Tooltip of a figure's value linked in a text. */
    linkTitle: '{title} ({year})',
    /** Tooltip of an inline <Figure> in an article. */
    inlineTitle: '{title} ({year}); source: {publisher}',
    /** What a figure's year is (its `yearKind`), e.g. "data year 2021". */
    years: { data: 'data year {year}', publication: 'published {year}', statement: 'statement of {year}' },
    link: 'Link',
    confirmedTag: 'confirmed by a secondary source',
    confirmedBy: 'Confirmed by',
    /** After the name of the page that confirmed the number. */
    confirmedNote: '. A secondary source: we could not see the number on the publisher’s own page.',
  },

  /** What a source's link leads to (its `link`): a sentence on the figure page, a few words beside a link. */
  sourceLink: {
    text: {
      publication: 'The publisher’s own page for this publication.',
      'press-release': 'The publisher’s press release on this publication, not the publication itself.',
      'launch-page': 'The publisher’s launch page for this publication, not the publication itself.',
      'series-page': 'The publisher’s page for the series this publication belongs to, not this edition.',
      'related-page': 'Another page of the publisher’s that records this, not the publication itself.',
      'secondary-copy': 'A copy on another website (secondary), not the publisher’s own page.',
      unconfirmed: 'An address on the publisher’s website that we could not confirm; if it does not open, search for the title.',
    },
    /** None for the publication's own page. */
    tag: {
      publication: undefined as string | undefined,
      'press-release': 'press release',
      'launch-page': 'launch page',
      'series-page': 'series page',
      'related-page': 'related page',
      'secondary-copy': 'secondary copy',
      unconfirmed: 'address not confirmed',
    },
    /** In an article's list of sources. */
    listTag: 'Link: {tag}.',
  },

  citation: {
    source: 'Source',
    derivedSource: 'Calculation based on',
    via: 'Via {url}',
  },

  figures: {
    download: { csv: 'CSV', json: 'JSON', file: 'file of all figures' },
    /** schema.org Dataset name of /figures/. */
    datasetName: '{title}: the figures of the {conference}',
    /** The headline figures, at the top of /figures/. */
    keyFigures: 'Key figures',
    /** After a topic's first figures on /figures/, to its page. */
    allInTopic: 'All {count} figures on {topic}',
    /** After a topic's figures on /figures/ when all of them are shown. */
    topicPage: '{topic}: charts and figures in full',
    /** The questions of "Where sources differ" on /figures/ and a topic page lead to this page. */
    differPage: 'All notes where sources differ',
  },

  /** A topic's pages: /figures/topics/<topic>/ (and /2/, /3/… when it has many figures). */
  topic: {
    title: '{topic}: figures',
    pagedTitle: '{topic}: figures, page {page} of {pages}',
    breadcrumb: 'Figures',
    pages: 'Pages of {topic}',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {page}',
    count: '{count} figures',
    countOne: '1 figure',
    countPaged: '{count} figures: {from} to {to}',
    differ: 'Where these figures’ sources differ',
  },

  chart: {
    part: 'Part',
    group: 'Group',
    value: 'Value',
    year: 'Year',
    caption: '{title}: the numbers',
    difference: 'The parts add up to {sum}, not the published total of {total}.',
    sum: 'Sum of the parts (our calculation)',
    total: '{label} (published total)',
    sources: 'Source: {sources}.',
    download: 'Download the chart (SVG)',
  },

  home: {
    claimBy: '{by}:',
  },

  conference: {
    status: 'Status',
    dates: 'Dates',
    timeZone: 'Time zone',
    venue: 'Venue',
    format: 'Format',
    organiser: 'Organiser',
    occasion: 'Occasion',
    participants: 'Participants',
    registration: 'Registration',
    seeProgramme: 'See the programme',
  },

  time: {
    notConfirmed: 'Time not confirmed',
    /** The time at the venue, spelled out: "Vienna time (CEST, UTC+2)". */
    zone: '{city} time ({zone})',
    /** The zone's name and offset: "CEST, UTC+2". */
    zoneDetail: '{name}, {offset}',
    utc: 'UTC',
  },

  programme: {
    breadcrumb: 'Programme',
    printAddress: 'The programme online, with calendar files: {url}',
    calendar: 'Add the whole programme to your calendar (.ics)',
    openData: 'The programme as open data (JSON)',
    allSpeakers: 'All speakers',
    dayHeading: 'Day {number}: ',
    day: 'Day {number}',
    showingDay: 'Showing this day only.',
    showAll: 'Show the whole programme',
    noSessions: 'No sessions are listed for this day.',
    formatHeading: 'Format: {label}',
    showingOf: 'Showing {shown} of {total} sessions.',
    filter: {
      label: 'Filter the programme',
      show: 'Show',
      bothDays: 'Both days',
      allFormats: 'All formats',
      day: 'Day',
      format: 'Format',
    },
  },

  session: {
    description: '{title}: {format} on {day} at the {conference}, {venue}, {city}.',
    when: 'Day {number}, {day}, {time}',
    day: 'Day',
    time: 'Time',
    format: 'Format',
    place: 'Place',
    speakers: { one: 'Speaker', other: 'Speakers' },
    moderators: { one: 'Moderator', other: 'Moderators' },
    organisations: 'Organisations',
    moderatorNote: ' (moderator)',
    addToCalendar: 'Add to calendar (.ics)',
    allDay: ' — an all-day entry on {date}, as the time is not confirmed',
    otherSessions: 'Other sessions',
    previous: 'Previous session',
    next: 'Next session',
    notConfirmed: 'Not confirmed:',
    missing: "the session's {missing}.",
    missingTitle: 'official title',
    missingTimes: 'times',
    and: ' and ',
    titleNote: ' The title above describes the session; it is not the title in the official agenda.',
  },

  calendar: {
    format: '{format} at the {conference}.',
    timed: 'Times are {city} time ({zone}).',
    untimed: 'Time not confirmed: shown as an all-day event.',
    speakers: 'Speakers: {names}.',
    details: 'Details: {url}',
  },

  speaker: {
    description: '{name}, {role}: speaker at the 2023 Alliance against Trafficking in Persons Conference.',
    breadcrumb: 'Speakers',
    sessions: 'At the conference',
    noSessions: 'No session is confirmed for this speaker.',
  },

  background: {
    breadcrumb: 'Background',
    overview: 'Background overview',
    readingTime: 'Reading time: about {minutes} ({words} words)',
    toRead: 'About {minutes} to read',
    minutes: { one: '{count} minute', other: '{count} minutes' },
    articlesNav: 'Background articles',
    previous: 'Previous',
    next: 'Next',
    onThisPage: 'On this page',
    sources: 'Sources',
    reference: 'Reference:',
    sourceLink: 'Source ({host})',
  },

  /** The corrections log: the section on a corrected page, /changes/ and the feed /changes.xml. */
  changes: {
    /** Heading of the section on a corrected page, and the start of the feed's title. */
    heading: 'Corrections and updates',
    /** At the top of a corrected page, linked to that section; {date} is marked up as a <time>. */
    latest: { correction: 'Corrected on {date}', update: 'Updated on {date}' },
    /** What an entry is. */
    kind: { correction: 'Correction', update: 'Update' },
    /** An entry's heading on its page; {date} is marked up as a <time>. */
    entryHeading: '{date}: {kind}',
    /** On /changes/, before the title of the page an entry belongs to. */
    entryOf: '{kind} · {target}: ',
    /** What kind of page an entry belongs to. */
    target: { figure: 'Figure', article: 'Background article', session: 'Programme session' },
    /** The feed's title. */
    feedTitle: '{heading} · {site}',
    /** The title of the feed's link in every page's head. */
    feedLink: 'Corrections and updates (Atom feed)',
    /** The title of an entry in the feed. */
    entryTitle: '{kind}: {title}',
  },

  search: {
    label: 'Search figures, background, programme and speakers',
    placeholder: 'e.g. 27.6 million, profits, Action Plan',
    button: 'Search',
    /** {key} is the "/" key, shown as a keyboard key. */
    hint: 'Numbers work as you would write them: 27,6 million, US$150bn, 1 %. Press {key} on any page to search; arrow keys move through results.',
    shortcutOff: 'Turn off the / shortcut',
    shortcutOn: 'Turn on the / shortcut',
    shortcutTurnedOff: 'The / shortcut is off on this site, in this browser.',
    shortcutTurnedOn: 'The / shortcut is on again.',
    sectionsLegend: 'Show results from',
    /** The search filter for the other pages (glossary, about, …); the sections' filters use `sections`. */
    pagesFilter: 'About',
    results: 'Search results',
    more: 'Show more results',
    none: 'Nothing on the site matches all of those words. Check the spelling, use fewer words, or write a number as the site does (27.6 million, US$150 billion, 38%). Or clear the section filters.',
    error:
      'Search could not be loaded. It runs in your browser from a small index: reload the page to try again, or browse the sections below.',
    noScript:
      'Search runs in your browser and needs JavaScript, which is turned off. Every page can also be reached from the sections below.',
    /** Shown by the development server, which has no search index. */
    needsBuild:
      'The development server has no search index: Pagefind makes it when the site is built. To try search, stop this server and run npm start, which builds the site and serves it with search at http://localhost:4321/search/.',
    /** Said (live region) and shown after a search. */
    status: {
      found: {
        zero: 'No results for “{query}”{where}.',
        one: '{count} result for “{query}”{where}.',
        other: '{count} results for “{query}”{where}.',
      },
      where: ' in {sections}',
      and: ' and ',
      truncated: ' Your search was longer than {max} characters, so only the first part was used.',
      failed: 'Search could not be loaded. You can browse the sections instead.',
      source: 'Source: {source}',
    },
  },
};

/** The shape every language's strings must have. */
export type UiStrings = typeof en;
