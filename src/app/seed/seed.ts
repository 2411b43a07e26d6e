import type { Article } from '../../core/model/index.ts';
import seedText from './article.txt?raw';

/**
 * The built-in default article (Eurasianet, Almaty protests, February 2012), shipped
 * inside the app byte for byte. Its publication date is not in the text; the piece went
 * out within days of the 25 February rally, so 2012-02-27 is the default and the user
 * can change it.
 */
export const SEED_ARTICLE: Article = {
  id: 'seed-almaty-2012',
  title: 'Kazakhstan: Opposition Leaders in Jail on Hunger Strike After Protest',
  text: seedText,
  sourceUrl:
    'https://eurasianet.org/kazakhstan-opposition-leaders-in-jail-on-hunger-strike-after-protest',
  author: 'Joanna Lillis',
  outlet: 'Eurasianet',
  publishedOn: '2012-02-27',
  language: 'en',
};
