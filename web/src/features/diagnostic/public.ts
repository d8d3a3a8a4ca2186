/** What the diagnostic offers the other features: a person's levels per area, in plain words (mentoring's progress). */
export { LevelsTable, LevelDots } from './ResultSheet';
