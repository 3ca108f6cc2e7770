/**
 * Picks products or product categories by name: the names typed are
 * looked up in WooCommerce's Store API (the products' and categories'
 * public names), the ids are what is saved.
 */
import apiFetch from '@wordpress/api-fetch';
import { FormTokenField } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

type Named = { id: number; name: string };

const PATHS = {
	products: '/wc/store/v1/products',
	categories: '/wc/store/v1/products/categories',
};

/**
 * A name that says which item it is, for a token ("Walnut tray #42").
 *
 * @param item Product or category.
 */
const label = ( item: Named ) => `${ item.name } #${ item.id }`;

type Props = {
	kind: keyof typeof PATHS;
	label: string;
	value: number[];
	onChange: ( ids: number[] ) => void;
};

export function ProductPicker( {
	kind,
	label: title,
	value,
	onChange,
}: Props ) {
	const [ known, setKnown ] = useState< Named[] >( [] );
	const [ search, setSearch ] = useState( '' );

	// The names of what is saved, once.
	useEffect( () => {
		if ( ! value.length ) {
			return;
		}
		apiFetch< Named[] >( {
			path: addQueryArgs( PATHS[ kind ], {
				include: value.join( ',' ),
				per_page: 100,
			} ),
		} ).then(
			( found ) => setKnown( ( k ) => [ ...k, ...found ] ),
			() => {}
		);
		// Only the first value: later ones come from the suggestions.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ kind ] );

	// Suggestions for what is typed.
	useEffect( () => {
		if ( search.trim().length < 2 ) {
			return;
		}
		const controller = new AbortController();
		const timer = setTimeout( () => {
			apiFetch< Named[] >( {
				path: addQueryArgs( PATHS[ kind ], {
					search: search.trim(),
					per_page: 20,
				} ),
				signal: controller.signal,
			} ).then(
				( found ) => setKnown( ( k ) => [ ...k, ...found ] ),
				() => {}
			);
		}, 300 );
		return () => {
			clearTimeout( timer );
			controller.abort();
		};
	}, [ kind, search ] );

	const byId = new Map( known.map( ( item ) => [ item.id, item ] ) );
	const byLabel = new Map( known.map( ( item ) => [ label( item ), item ] ) );
	return (
		<FormTokenField
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ title }
			value={ value.map( ( id ) =>
				byId.has( id ) ? label( byId.get( id ) as Named ) : `#${ id }`
			) }
			suggestions={ [ ...byLabel.keys() ] }
			onInputChange={ setSearch }
			onChange={ ( tokens ) =>
				onChange(
					tokens
						.map( ( t ) => ( typeof t === 'string' ? t : t.value ) )
						.map(
							( t ) =>
								byLabel.get( t )?.id ??
								Number( /#(\d+)$/.exec( t )?.[ 1 ] ?? 0 )
						)
						.filter( ( id ) => id > 0 )
				)
			}
			__experimentalValidateInput={ ( t: string ) =>
				byLabel.has( t ) || /#\d+$/.test( t )
			}
			placeholder={ __( 'Type a name…', 'storedesk' ) }
		/>
	);
}
