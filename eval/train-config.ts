/** Training settings shared by eval/train-ner.ts and the cross-validation in eval/entities.ts. */
export const EPOCHS = 12;
