/**
 * Unsent drafts per ticket in sessionStorage: they survive moving to
 * another ticket and back, and a reload, but not closing the tab, and are
 * never sent anywhere.
 */
import type { MessageAttachment } from '../../api/types';

export type StoredDraft = {
	kind: 'reply' | 'note';
	html: string;
	attachments: MessageAttachment[];
};

const key = ( ticketId: number ) => `storedesk-draft-${ ticketId }`;

function storage(): Storage | null {
	try {
		return window.sessionStorage;
	} catch {
		// Storage can be disabled; the draft then lives as long as the screen.
		return null;
	}
}

export function loadDraft( ticketId: number ): StoredDraft | null {
	try {
		const raw = storage()?.getItem( key( ticketId ) );
		const draft = raw
			? ( JSON.parse( raw ) as Partial< StoredDraft > )
			: null;
		return draft
			? {
					kind: draft.kind === 'note' ? 'note' : 'reply',
					html: typeof draft.html === 'string' ? draft.html : '',
					attachments: Array.isArray( draft.attachments )
						? draft.attachments
						: [],
				}
			: null;
	} catch {
		return null;
	}
}

export function saveDraft( ticketId: number, draft: StoredDraft ): void {
	try {
		if ( ! draft.html && ! draft.attachments.length ) {
			storage()?.removeItem( key( ticketId ) );
		} else {
			storage()?.setItem( key( ticketId ), JSON.stringify( draft ) );
		}
	} catch {
		// Full or disabled storage: the draft stays on screen.
	}
}

export function clearDraft( ticketId: number ): void {
	try {
		storage()?.removeItem( key( ticketId ) );
	} catch {}
}
