/**
 * Help centre: "Was this helpful?" without a page reload. The buttons are a
 * real form that works without scripts (php/KnowledgeBase/Feedback/FeedbackForm.php);
 * here the answer goes to the REST route instead and the optional comment
 * box opens in place. The stylesheet of the help pages is built from this
 * entry too (build/style-help.css).
 */
import './style.scss';

type Answer = { helpful: boolean; comment?: string };

/** The server's refusal in words (a long comment, too many posts). */
class Refusal extends Error {}

async function send( section: HTMLElement, answer: Answer ): Promise< string > {
	const headers: Record< string, string > = {
		'Content-Type': 'application/json',
	};
	if ( section.dataset.nonce ) {
		headers[ 'X-WP-Nonce' ] = section.dataset.nonce;
	}
	const response = await fetch( section.dataset.api || '', {
		method: 'POST',
		credentials: 'same-origin',
		headers,
		body: JSON.stringify( answer ),
	} );
	const body = await response.json().catch( () => ( {} ) );
	const words = body.data?.params?.comment || body.message;
	if ( ! response.ok ) {
		throw words && response.status < 500
			? new Refusal( words )
			: new Error( String( response.status ) );
	}
	return body.message || '';
}

function enhance( section: HTMLElement ) {
	const ask = section.querySelector< HTMLFormElement >(
		'.storedesk-feedback__ask'
	);
	const more = section.querySelector< HTMLFormElement >(
		'.storedesk-feedback__more'
	);
	const status = section.querySelector( '[role="status"]' );
	if ( ! ask || ! more || ! status ) {
		return;
	}
	// The page may open after a plain post's answer, with the comment box for it.
	let helpful =
		more.querySelector< HTMLInputElement >( 'input[name="helpful"]' )
			?.value !== '0';
	const submit = ( event: SubmitEvent, answer: Answer, done: () => void ) => {
		event.preventDefault();
		const form = event.currentTarget as HTMLFormElement;
		if ( form.hasAttribute( 'aria-busy' ) ) {
			return;
		}
		form.setAttribute( 'aria-busy', 'true' );
		send( section, answer )
			.then( ( message ) => {
				status.textContent = message;
				done();
			} )
			.catch( ( error: Error ) => {
				if ( error instanceof Refusal ) {
					status.textContent = error.message;
					return;
				}
				// No network, or a server error: the plain post still works.
				let field = form.querySelector< HTMLInputElement >(
					'input[name="helpful"]'
				);
				if ( ! field ) {
					field = document.createElement( 'input' );
					field.type = 'hidden';
					field.name = 'helpful';
					form.appendChild( field );
				}
				field.value = answer.helpful ? '1' : '0';
				form.submit();
			} )
			.finally( () => form.removeAttribute( 'aria-busy' ) );
	};
	ask.addEventListener( 'submit', ( event ) => {
		const button = event.submitter as HTMLButtonElement | null;
		if ( ! button ) {
			return;
		}
		helpful = button.value === '1';
		submit( event, { helpful }, () => {
			ask.hidden = true;
			more.hidden = false;
			const field = more.querySelector< HTMLInputElement >(
				'input[name="helpful"]'
			);
			if ( field ) {
				field.value = helpful ? '1' : '0';
			}
			more.querySelector< HTMLTextAreaElement >( 'textarea' )?.focus();
		} );
	} );
	more.addEventListener( 'submit', ( event ) => {
		const comment = new FormData( more ).get( 'comment' );
		submit( event, { helpful, comment: String( comment || '' ) }, () => {
			more.hidden = true;
		} );
	} );
}

document
	.querySelectorAll< HTMLElement >( '[data-storedesk-feedback]' )
	.forEach( enhance );
