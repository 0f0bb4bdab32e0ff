// html-validate settings for the built pages (tests/site/html.test.ts) and editors' runs of
// `npx html-validate dist`. A JavaScript file rather than .htmlvalidate.json so that every
// relaxed rule carries its reason.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A search-engine heuristic (results cut titles near 60–70 characters), not a validity or
    // accessibility rule. Figure pages are titled "value: what it measures · site", which puts the
    // words that tell pages apart first; a cut loses the end, not the meaning.
    'long-title': 'off',
    // Checkboxes that share a name are one multi-valued field (the search page's sections: a form
    // submitted without JavaScript sends ?section=A&section=B). The rule's default allows sharing
    // only for radio buttons and buttons; checkboxes are added, nothing else.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
