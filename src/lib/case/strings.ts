/** The dictionary keys the case builder's script reads in the browser, by prefix: its own words and the names of the codes it shows. */
export const CASE_STRING_PREFIXES = ['case.', 'stage.', 'stageBlurb.', 'status.', 'channel.'] as const;
