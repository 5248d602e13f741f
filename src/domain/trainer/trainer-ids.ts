/** Ids of the trainer's documents in the site database. */
export const bilanDocId = (learnerId: string, bilanId: string) => `bilan:${learnerId}:${bilanId}`;
export const groupDocId = (groupId: string) => `group:${groupId}`;
