/**
 * Those the customer copied in are named beside the conversation, linked
 * to their contact; with nobody in copy there is nothing to read.
 */
import { render, screen } from '@testing-library/react';

import { InCopy } from '../InCopy';

describe( 'InCopy', () => {
	it( 'names each person in copy, by name and address, linked to the contact', () => {
		render(
			<InCopy
				ticketId={ 7 }
				people={ [
					{
						id: 31,
						name: 'Finn Okafor',
						email: 'finn@example.test',
						phone: null,
					},
					{
						id: 32,
						name: 'boss@example.test',
						email: 'boss@example.test',
						phone: null,
					},
				] }
			/>
		);
		const region = screen.getByRole( 'region', { name: 'In copy' } );
		expect( region ).toHaveTextContent( 'Copied on every reply.' );
		expect(
			screen.getByRole( 'link', {
				name: 'Finn Okafor <finn@example.test>',
			} )
		).toHaveAttribute( 'href', expect.stringContaining( 'contacts/31' ) );
		expect(
			screen.getByRole( 'link', { name: 'boss@example.test' } )
		).toHaveAttribute( 'href', expect.stringContaining( 'contacts/32' ) );
	} );

	it( 'shows nothing when nobody is in copy', () => {
		const { container } = render( <InCopy ticketId={ 7 } people={ [] } /> );
		expect( container ).toBeEmptyDOMElement();
	} );
} );
