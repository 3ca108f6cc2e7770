/**
 * The customer portal: a logged-in customer's requests from every channel,
 * one thread with reply (with files), close and reopen; for a guest with a
 * magic link, that one thread. Agent replies arrive as HTML the server has already
 * sanitised; everything else is set as text.
 */
import { __, sprintf } from '@wordpress/i18n';

import type { StoreConfig, StoreMessage, StoreTicket } from '../types';
import { StoreApi } from './api';
import { h, uid, when } from './dom';
import {
	attachmentList,
	fileField,
	fileProblem,
	multipart,
	watchFiles,
} from './files';
import { clearErrors, setStatus, showErrors } from './fields';
import { buildLinksForm, enhanceLinksForm } from './links';

type Mode = { kind: 'customer' } | { kind: 'guest'; ticket: number };

export class Portal {
	private readonly api: StoreApi;

	constructor(
		private readonly root: HTMLElement,
		private readonly config: StoreConfig,
		private readonly mode: Mode,
		token = ''
	) {
		this.api = new StoreApi( config, token );
	}

	start(): void {
		if ( this.mode.kind === 'guest' ) {
			this.showTicket( this.mode.ticket );
		} else {
			this.showList();
		}
	}

	private render( ...children: Array< Node | null > ): void {
		this.root.replaceChildren(
			...children.filter( ( c ): c is Node => !! c )
		);
	}

	private failure( message: string, offerLinks: boolean ): void {
		const form = offerLinks ? buildLinksForm() : null;
		this.render(
			h(
				'p',
				{ class: 'storedesk-portal__error', role: 'alert' },
				message
			),
			form
		);
		if ( form ) {
			enhanceLinksForm( form, this.config );
		}
	}

	async showList(): Promise< void > {
		this.root.setAttribute( 'aria-busy', 'true' );
		const res = await this.api.call< StoreTicket[] >(
			'GET',
			'tickets?per_page=50'
		);
		this.root.removeAttribute( 'aria-busy' );
		if ( ! res.ok ) {
			this.failure( res.error.message, false );
			return;
		}
		const heading = h(
			'h2',
			{ class: 'storedesk-portal__title', tabindex: -1 },
			__( 'My support requests', 'storedesk' )
		);
		if ( ! res.data.length ) {
			this.render(
				heading,
				h(
					'p',
					{},
					__( 'You have no support requests yet.', 'storedesk' )
				)
			);
			return;
		}
		const list = h( 'ul', {
			class: 'storedesk-tickets',
			'aria-label': __( 'Support requests', 'storedesk' ),
		} );
		for ( const ticket of res.data ) {
			const open = h(
				'button',
				{ type: 'button', class: 'storedesk-tickets__open' },
				h(
					'span',
					{ class: 'storedesk-tickets__subject' },
					ticket.subject
				),
				h(
					'span',
					{ class: 'storedesk-tickets__meta' },
					sprintf(
						/* translators: 1: ticket number, 2: status, 3: date */
						__( '#%1$d · %2$s · %3$s', 'storedesk' ),
						ticket.id,
						ticket.status_label,
						when( ticket.last_activity_at )
					)
				)
			);
			open.addEventListener( 'click', () =>
				this.showTicket( ticket.id )
			);
			list.append(
				h(
					'li',
					{ class: `storedesk-tickets__item is-${ ticket.status }` },
					open
				)
			);
		}
		this.render( heading, list );
	}

	async showTicket( id: number, focus = true ): Promise< void > {
		this.root.setAttribute( 'aria-busy', 'true' );
		const res = await this.api.call< StoreTicket >(
			'GET',
			`tickets/${ id }`
		);
		this.root.removeAttribute( 'aria-busy' );
		if ( ! res.ok ) {
			this.failure(
				res.error.message,
				res.error.code === 'storedesk_invalid_token'
			);
			return;
		}
		const ticket = res.data;
		const back =
			this.mode.kind === 'customer'
				? h(
						'button',
						{ type: 'button', class: 'storedesk-portal__back' },
						__( '← All my requests', 'storedesk' )
					)
				: null;
		back?.addEventListener( 'click', async () => {
			await this.showList();
			this.root
				.querySelector< HTMLElement >( '.storedesk-portal__title' )
				?.focus();
		} );
		const heading = h(
			'h2',
			{ class: 'storedesk-portal__title', tabindex: -1 },
			ticket.subject
		);
		const meta = h(
			'p',
			{ class: 'storedesk-portal__meta' },
			sprintf(
				/* translators: 1: ticket number, 2: status */
				__( 'Request #%1$d · %2$s', 'storedesk' ),
				ticket.id,
				ticket.status_label
			)
		);
		const thread = h( 'ol', {
			class: 'storedesk-thread',
			'aria-label': __( 'Conversation', 'storedesk' ),
		} );
		for ( const message of ticket.messages || [] ) {
			thread.append( this.message( message ) );
		}
		this.render(
			back,
			heading,
			meta,
			thread,
			this.replyForm( ticket, thread ),
			this.statusButton( ticket )
		);
		if ( focus ) {
			heading.focus();
		}
	}

	private message( m: StoreMessage ): HTMLElement {
		const who =
			m.author.type === 'agent'
				? /* translators: %s: agent's name */ sprintf(
						__( '%s (support team)', 'storedesk' ),
						m.author.name
					)
				: m.author.name;
		const body = h( 'div', { class: 'storedesk-thread__body' } );
		// Sanitised on the server (wp_kses_post for replies, escaped text for shoppers).
		body.innerHTML = m.body;
		return h(
			'li',
			{ class: `storedesk-thread__item is-${ m.author.type }` },
			h(
				'article',
				{
					'aria-label': sprintf(
						/* translators: %s: author's name */
						__( 'Message from %s', 'storedesk' ),
						who
					),
				},
				h(
					'p',
					{ class: 'storedesk-thread__who' },
					h( 'strong', {}, who ),
					' ',
					h(
						'time',
						{ datetime: m.created_at },
						when( m.created_at )
					)
				),
				body,
				attachmentList( m.attachments || [] )
			)
		);
	}

	private replyForm(
		ticket: StoreTicket,
		thread: HTMLElement
	): HTMLFormElement {
		const id = uid( 'storedesk-reply' );
		const textarea = h( 'textarea', {
			id,
			name: 'body',
			rows: 5,
			'aria-describedby': `${ id }-error`,
		} );
		const button = h(
			'button',
			{ type: 'submit', class: 'storedesk-button wp-element-button' },
			__( 'Send reply', 'storedesk' )
		);
		const files = ticket.upload
			? fileField(
					`${ id }-files`,
					__( 'Attach files', 'storedesk' ),
					ticket.upload
				)
			: null;
		const input = files?.querySelector( 'input' ) || null;
		if ( input ) {
			watchFiles( input );
		}
		const form = h(
			'form',
			{
				class: 'storedesk-reply',
				novalidate: true,
				'aria-label': __( 'Reply', 'storedesk' ),
			},
			h( 'div', {
				class: 'storedesk-form__status',
				role: 'status',
				tabindex: -1,
			} ),
			h(
				'div',
				{ class: 'storedesk-field' },
				h( 'label', { for: id }, __( 'Your reply', 'storedesk' ) ),
				textarea,
				h( 'span', {
					class: 'storedesk-field__error',
					id: `${ id }-error`,
				} )
			),
			files,
			h( 'p', { class: 'storedesk-form__actions' }, button )
		);
		form.addEventListener( 'submit', async ( event ) => {
			event.preventDefault();
			clearErrors( form );
			const errors: Record< string, string > = {};
			// A photo alone is a reply too.
			if ( ! textarea.value.trim() && ! input?.files?.length ) {
				errors.body = __(
					'Please write your reply or attach a file.',
					'storedesk'
				);
			}
			const fileError = input ? fileProblem( input ) : '';
			if ( input && fileError ) {
				errors[ input.name ] = fileError;
			}
			if ( Object.keys( errors ).length ) {
				showErrors( form, errors );
				return;
			}
			button.disabled = true;
			const body = { body: textarea.value };
			const res = await this.api.call< StoreMessage >(
				'POST',
				`tickets/${ ticket.id }/messages`,
				multipart( body, form ) || body
			);
			button.disabled = false;
			if ( ! res.ok ) {
				setStatus( form, res.error.message );
				showErrors( form, res.error.data?.fields || {} );
				return;
			}
			if ( ! ticket.can_close || ticket.can_reopen ) {
				// The reply reopened the request: redraw with the new status.
				await this.showTicket( ticket.id, false );
				this.root
					.querySelector< HTMLElement >(
						'.storedesk-reply .storedesk-form__status'
					)
					?.focus();
				setStatus(
					this.root.querySelector< HTMLFormElement >(
						'.storedesk-reply'
					)!,
					__( 'Your reply was sent.', 'storedesk' ),
					'success'
				);
				return;
			}
			thread.append( this.message( res.data ) );
			textarea.value = '';
			if ( input ) {
				input.value = '';
			}
			setStatus(
				form,
				__( 'Your reply was sent.', 'storedesk' ),
				'success'
			);
		} );
		return form;
	}

	private statusButton( ticket: StoreTicket ): HTMLElement | null {
		const action = ticket.can_reopen ? 'reopen' : 'close';
		if ( action === 'close' && ! ticket.can_close ) {
			return null;
		}
		const button = h(
			'button',
			{
				type: 'button',
				class: 'storedesk-button storedesk-button--secondary',
			},
			action === 'reopen'
				? __( 'Reopen this request', 'storedesk' )
				: __( 'Close this request', 'storedesk' )
		);
		const status = h( 'p', {
			class: 'storedesk-portal__status',
			role: 'status',
		} );
		button.addEventListener( 'click', async () => {
			button.disabled = true;
			const res = await this.api.call< StoreTicket >(
				'POST',
				`tickets/${ ticket.id }/${ action }`
			);
			button.disabled = false;
			if ( ! res.ok ) {
				status.textContent = res.error.message;
				return;
			}
			await this.showTicket( ticket.id, false );
			const next = this.root.querySelector< HTMLElement >(
				'.storedesk-portal__actions button'
			);
			next?.focus();
			const line = this.root.querySelector( '.storedesk-portal__status' );
			if ( line ) {
				line.textContent =
					action === 'close'
						? __( 'The request is closed.', 'storedesk' )
						: __( 'The request is open again.', 'storedesk' );
			}
		} );
		return h(
			'div',
			{ class: 'storedesk-portal__actions' },
			button,
			status
		);
	}
}
