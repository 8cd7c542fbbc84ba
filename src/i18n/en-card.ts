/** English messages of the product-page safety card (merged into `en`). */
export const enCard = {} as const;
