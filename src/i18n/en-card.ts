/** English messages of the product-page safety card (merged into `en`). */
export const enCard = {
  'card.label': 'Roller Coach safety card',
  'card.brand': 'Roller Coach',
  'card.verdict.unknown': 'Needle length unknown',
  'card.lengths.single': 'Needle length on this page: {mm} ({band}), {source}.',
  'card.lengths.list': 'Needle lengths on this page: {lengths} ({source}). The verdict follows the longest.',
  'card.lengths.range':
    'Adjustable depth: {min} to {max} ({source}). The verdict follows the deepest setting.',
  'card.source.variant': 'from the option you picked',
  'card.source.title': 'from the title',
  'card.source.specs': 'from the product details',
  'card.source.bullets': 'from the feature list',
  'card.source.options': 'from the options on offer',
  'card.source.description': 'from the description',
  'card.zero': 'needles retracted',
  'card.unknown': 'This page does not say how long the needles are.',
  'card.unknown.what':
    'Look for “needle length” or a size in mm in the product details or the size options, or ask the seller. Up to 0.25 mm is for home use when no contraindication applies; over 0.5 mm is not for home use.',
  'card.often.home':
    'How often at home: at least {days} days between sessions in the same area, at most {cap} in 7 days.',
  'card.often.caution': 'First roller over 0.25 mm? Go gently and watch how your skin reacts.',
  'card.often.notForHome':
    'Not for home use: needles over 0.5 mm reach living skin, which makes this a Class II medical device. If it is used anyway: at least {days} days between sessions in the same area.',
  'card.often.professional':
    'Professional only: Roller Coach suggests no home schedule for {mm}. Clinics space such sessions about {days} days apart (acne-scar studies: a median of 4 weeks).',
  'card.often.doNotUse':
    'Do not use at home: {mm} is a clinic depth, and Roller Coach suggests no home schedule for it. Between clinic sessions in the same area it proposes at least {days} days',
  'card.proposal': 'a Roller Coach proposal, not a clinical finding',
  'card.rf': 'Radiofrequency (RF) microneedling must not be used at home.',
  'card.history': 'Your last session: {area}, {ago}.',
  'card.history.gap': 'A {mm} {device} needs {days} days between sessions in the same area:',
  'card.history.safeFrom': 'another session there is possible from {date}.',
  'card.history.doNotRoll': 'whatever the gap, Roller Coach says do not roll there now (open it to see why).',
  'card.history.answerFirst':
    'whatever the gap, answer Roller Coach’s safety questions first (open it to answer them).',
  'card.history.warned': 'that gap has passed, but a warning applies there (open Roller Coach to see it).',
  'card.history.askDoctor':
    'whatever the gap, Roller Coach says to ask a doctor before another session there (open it to see why).',
  'card.history.safeNow':
    'that gap has passed: another session there is possible when no contraindication applies.',
  'card.history.noHome':
    'A {mm} {device} is for professionals only: Roller Coach suggests no home schedule for it.',
  'card.ago.today': 'today',
  'card.ago.yesterday': 'yesterday',
  'card.ago.days.one': '{count} day ago',
  'card.ago.days.other': '{count} days ago',
  'card.device.roller': 'roller',
  'card.device.stamp': 'stamp',
  'card.device.pen': 'pen',
  'card.device.cartridge': 'cartridge',
  'card.device.device': 'device',
  'card.contra.title': 'Do not roll with:',
  'card.contra.yours': 'Your profile lists {condition}: do not roll. See a dermatologist.',
  'card.notes': 'Full safety notes',
  'card.sources': 'Sources:',
  'card.allSources': 'all sources',
  'card.details.show': 'Show details',
  'card.details.hide': 'Hide details',
  'card.menu.open': 'Hide the card…',
  'card.menu.label': 'Hide the Roller Coach card',
  'card.dismissProduct': 'Hide for this product',
  'card.disableSite': 'Turn off on {site}',
  'card.disableAll': 'Turn off everywhere',
  'card.cancel': 'Cancel',
  'card.saveFailed': 'That could not be saved: {reason}',
  // Card: every part of the listing, RF, proposals and the full lists (issues 10 and 11).
  'card.verdict.home-ok': 'Fine for home use when no contraindication applies',
  'card.verdict.rf': 'Do not use at home: radiofrequency microneedling',
  'card.often.rf':
    'RF microneedling is a clinic treatment: Roller Coach suggests no home schedule for it, at any needle length.',
  'card.also': 'This listing also sells {lengths}: the verdict follows the longest, {mm}: {verdict}.',
  'card.proposal.why.cosmetic':
    'no source gives an interval; consumer guides say every other day, a dermatologist allows 2-3 times a week, and the stricter reading is used',
  'card.proposal.why.caution':
    'no source gives an interval at a depth that may reach living skin; a week is the conservative choice',
  'card.proposal.why.not-for-home':
    'no source supports unsupervised use at this depth, so none gives a home interval; 14 days is the conservative choice',
  'card.proposal.why.do-not-use':
    'no source gives an interval from 2 mm; 42 days is the longest clinic interval for 1 to 2 mm, used when healing is slow',
  'card.setting.stricter': 'your stricter setting',
  'card.setting.looser': 'your looser setting, which you acknowledged',
  'card.history.notForHome': 'A {mm} {device} is not for home use: Roller Coach gives no home date for it.',
  'card.history.rf': 'RF microneedling is not for home use: Roller Coach gives no home date for it.',
  'card.contra.askDoctor': 'Ask a doctor first with:',
  'card.never.title': 'Never roll over:',
  'card.never.list':
    'eyelids or inside the orbital rim, lips, moles or birthmarks, tattoos or permanent make-up, keloids, active lesions.',
  'card.titleFrom': 'Product name read {from}, not from the shop’s own title field.',
  'card.titleFrom.json-ld': 'from the page’s product data (schema.org)',
  'card.titleFrom.og': 'from the page’s sharing tags (og:title)',
  'card.titleFrom.itemprop': 'from the page’s product markup (itemprop name)',
  'card.titleFrom.h1': 'from the page’s main heading',
  'card.titleFrom.document': 'from the page title',
} as const;
