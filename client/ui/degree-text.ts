import { DEGREE_COUNT_LIMIT } from '../../server/domain/model.ts';

/** A node's degree in words: the API counts links up to DEGREE_COUNT_LIMIT, which means "at least". */
export const degreeText = (degree: number) => (degree >= DEGREE_COUNT_LIMIT ? `${DEGREE_COUNT_LIMIT.toLocaleString('en')} or more` : degree.toLocaleString('en'));
