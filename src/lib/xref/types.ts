/**
 * What the validator's collectors produce and its judge reads: entries, references, levels and
 * transitions located in their files, and the diagrams the site shows. Kept apart from the
 * collectors so that the content and diagram collectors can share them without importing each other.
 */
import type { ContentFile, Position } from '../content/content-files.ts';

export interface At extends Position {
	file: string;
}

export interface CollectedDiagram extends At {
	/** What the diagram is: `mermaid block`, `career map`, ... */
	name: string;
	type?: At & { value: string };
	accTitle?: At & { value: string };
	accDescr?: At & { value: string };
	/** Links that are not to a role or skill page, and `click` callbacks; the judge rejects both. */
	otherLinks: (At & { value: string })[];
	callbacks: (At & { value: string })[];
}

export type TargetKind = 'skill' | 'role' | 'self-check';

/** Where a reference was written, for messages ("in `related`"). */
export type ReferenceSite =
	| 'chapter frontmatter'
	| 'component'
	| 'role skills'
	| 'transition target'
	| 'transition focus'
	| 'related'
	| 'question skills'
	| 'question bank'
	| 'link'
	| 'diagram link';

interface Located {
	file: string;
	/** Where in the file; resolved on demand, because most references never need reporting. */
	locate: () => Position;
}

export interface Reference extends Located {
	target: TargetKind;
	id: string;
	site: ReferenceSite;
	/** The entry the reference is written in. */
	from: { kind: ContentFile['kind']; id: string };
}

export interface Definition extends Located {
	kind: TargetKind;
	id: string;
	/** `formerIds` entries resolve to this definition but never define a new id. */
	former: boolean;
}

export interface LevelValue extends Located {
	role: string;
	skill: string;
	value: unknown;
}

export interface Edge extends Located {
	from: string;
	to: string;
}

/** An id that must be unique within one entry (question ids, option ids). */
export interface LocalId extends Located {
	/** Ids are compared within a scope, e.g. the options of one question. */
	scope: string;
	/** How to name the id in a message, e.g. `an option id in question "joins"`. */
	label: string;
	id: string;
}

/** A focus skill of a transition, where it is written. */
export interface FocusItem extends Located {
	skill: string;
}

/** What the level rules read of a role: its track, scope and transitions. Levels are in `levels`. */
export interface RoleFacts extends Located {
	id: string;
	track: unknown;
	scope: unknown;
	/** Where `scope` is written, or the title when it is missing. */
	locateScope: () => Position;
	transitions: (Located & { to: string; focus: FocusItem[] })[];
}

export interface Collection {
	files: ContentFile[];
	definitions: Definition[];
	references: Reference[];
	levels: LevelValue[];
	transitions: Edge[];
	related: Edge[];
	localIds: LocalId[];
	/** Each role's track, scope and transitions, for the level rules. */
	roles: RoleFacts[];
	/** Every diagram the site shows, authored or generated. */
	diagrams: CollectedDiagram[];
}
