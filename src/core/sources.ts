/**
 * The sources behind every rule and piece of advice, as listed in the project's safety reference.
 * `reading` says how the reference used the source: `read` (the text itself), `via-copy` (read as a
 * quotation elsewhere) or `proposal` (no source states it: a conservative default of this project).
 */
export type SourceReading = 'read' | 'via-copy' | 'proposal';

export interface Source {
  id: SourceId;
  /** Short label for inline citations, e.g. "AAD 2018". Not translated: it is a citation. */
  short: string;
  /** Full citation as it appears in reports and the notes page. */
  citation: string;
}

export const SOURCE_IDS = [
  'aad-2018',
  'alster-2018',
  'fda-guidance-2020',
  'fda-microneedling-page',
  'fda-rf-2024',
  'cfr-878-4430',
  'skinpen-den160029',
  'isotretinoin-pi',
  'spring-2017',
  'harris-2015',
  'alam-2014',
  'ablon-2018',
  'soltani-2014',
  'friedmann-2024',
  'freier-2015',
  'dhurat-2013',
  'clinic-aftercare',
  'seed-documents',
  'hygiene-consensus',
  'roller-coach-proposal',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Sources that describe rather than cite: their labels are translated, not quoted. */
export const DESCRIPTIVE_SOURCES: readonly SourceId[] = [
  'clinic-aftercare',
  'seed-documents',
  'hygiene-consensus',
  'roller-coach-proposal',
];

export function isDescriptiveSource(id: SourceId): id is DescriptiveSourceId {
  return DESCRIPTIVE_SOURCES.includes(id);
}
export type DescriptiveSourceId =
  | 'clinic-aftercare'
  | 'seed-documents'
  | 'hygiene-consensus'
  | 'roller-coach-proposal';

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'aad-2018': {
    id: 'aad-2018',
    short: 'AAD 2018',
    citation:
      'American Academy of Dermatology, news release "Microneedling: experienced hands can improve the face", Feb 2018.',
  },
  'alster-2018': {
    id: 'alster-2018',
    short: 'Alster 2018',
    citation:
      'Alster TS, Graham PM. Microneedling: a review and practical guide. Dermatol Surg 2018;44(3):397-404.',
  },
  'fda-guidance-2020': {
    id: 'fda-guidance-2020',
    short: 'FDA 2020',
    citation:
      'FDA/CDRH, Regulatory Considerations for Microneedling Products, final guidance, Nov 2020 (docket FDA-2017-D-4792).',
  },
  'fda-microneedling-page': {
    id: 'fda-microneedling-page',
    short: 'FDA',
    citation: 'FDA, Microneedling Devices web page and Consumer Update on microneedling.',
  },
  'fda-rf-2024': {
    id: 'fda-rf-2024',
    short: 'FDA 2024',
    citation: 'FDA safety communication on radiofrequency microneedling devices, 2024.',
  },
  'cfr-878-4430': {
    id: 'cfr-878-4430',
    short: '21 CFR 878.4430',
    citation:
      '21 CFR 878.4430, Microneedling device for aesthetic use (Class II); classification order 83 FR 26575 (2018).',
  },
  'skinpen-den160029': {
    id: 'skinpen-den160029',
    short: 'SkinPen DEN160029',
    citation:
      'FDA De Novo DEN160029, SkinPen Precision System (2018); SkinPen labelling and instructions for use.',
  },
  'isotretinoin-pi': {
    id: 'isotretinoin-pi',
    short: 'Isotretinoin label',
    citation: 'Isotretinoin package insert (procedures within 6 months of the last dose).',
  },
  'spring-2017': {
    id: 'spring-2017',
    short: 'Spring 2017',
    citation:
      'Spring LK et al. Isotretinoin and timing of procedural interventions. JAMA Dermatol 2017;153(8):802-9.',
  },
  'harris-2015': {
    id: 'harris-2015',
    short: 'Harris 2015',
    citation:
      'Harris AG, Naidoo C, Murrell DF. Skin needling as a treatment for acne scarring: an up-to-date review. Int J Womens Dermatol 2015;1(2):77-81.',
  },
  'alam-2014': {
    id: 'alam-2014',
    short: 'Alam 2014',
    citation:
      'Alam M et al. Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial. JAMA Dermatol 2014.',
  },
  'ablon-2018': {
    id: 'ablon-2018',
    short: 'Ablon 2018',
    citation:
      'Ablon G. Safety and effectiveness of an automated microneedling device. J Clin Aesthet Dermatol 2018;11(8):29-34.',
  },
  'soltani-2014': {
    id: 'soltani-2014',
    short: 'Soltani-Arabshahi 2014',
    citation:
      'Soltani-Arabshahi R et al. Facial allergic granulomatous reaction and systemic hypersensitivity associated with microneedle therapy. JAMA Dermatol 2014;150(1):68-72.',
  },
  'friedmann-2024': {
    id: 'friedmann-2024',
    short: 'Friedmann 2024',
    citation:
      'Friedmann DP et al. Granulomatous reactions from microneedling: a systematic review. Dermatol Surg 2024.',
  },
  'freier-2015': {
    id: 'freier-2015',
    short: 'Freier 2015',
    citation:
      'Freier H, Pachten A. Microneedling in the medical and cosmetic field. PRIME International 2015;5(5).',
  },
  'dhurat-2013': {
    id: 'dhurat-2013',
    short: 'Dhurat 2013',
    citation:
      'Dhurat R et al. A randomized evaluator blinded study of effect of microneedling in androgenetic alopecia. Int J Trichology 2013;5(1):6-11.',
  },
  'clinic-aftercare': {
    id: 'clinic-aftercare',
    short: 'Clinic aftercare sheets',
    citation: 'Clinic aftercare sheets (low authority; the most conservative durations were chosen).',
  },
  'seed-documents': {
    id: 'seed-documents',
    short: 'Clinic intake lists',
    citation:
      'Contraindication lists of clinic intake forms and the seed documents of this project (no clinical study; low authority).',
  },
  'hygiene-consensus': {
    id: 'hygiene-consensus',
    short: 'Clinic and blog consensus',
    citation:
      'Clinic and blog consensus on cleaning home rollers (low authority; no peer-reviewed protocol exists). It disinfects; it does not sterilise.',
  },
  'roller-coach-proposal': {
    id: 'roller-coach-proposal',
    short: 'Roller Coach proposal',
    citation:
      'No source gives a number: a conservative default chosen by Roller Coach. It is not a clinical finding.',
  },
};
