/** The 16 districts of Beijing, GB/T 2260 codes, in official order. */
export const DISTRICT_CODES = [
  '110101', '110102', '110105', '110106', '110107', '110108', '110109', '110111',
  '110112', '110113', '110114', '110115', '110116', '110117', '110118', '110119',
]

/** The whole city. */
export const CITY_CODE = '110000'
