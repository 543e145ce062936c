"""sphinx-design components, built with sphinx-design's own builders and option helpers.

A directive's card is :meth:`sphinx_design.cards.CardDirective.create_card` itself. Listings are
filled after reading, where no directive exists to hand to ``create_card``, so their cards are
the same components made with :func:`~sphinx_design.shared.create_component`; the few class
names sphinx-design has no helper for (the base classes its ``card``, ``grid`` and
``grid-item-card`` directives write) are spelled here, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docutils import nodes
from sphinx.util.docutils import SphinxDirective
from sphinx_design.badges_buttons import create_bdg_classes
from sphinx_design.cards import CardDirective
from sphinx_design.grids import gutter_option, row_columns_option
from sphinx_design.shared import create_component

#: What sphinx-design's ``card`` directive writes on every card, and its default shadow.
CARD_CLASSES = ("sd-card", "sd-sphinx-override")
CARD_SHADOW = "sd-shadow-sm"
#: What its ``grid`` directive writes on every grid (and its default bottom margin).
GRID_CLASSES = ("sd-container-fluid", "sd-sphinx-override", "sd-mb-4")
#: What its ``grid-item-card`` writes on the item holding the card.
GRID_ITEM_CLASSES = ("sd-col", "sd-d-flex-row")


def directive_card(directive: SphinxDirective, classes: Sequence[str]) -> nodes.container:
    """sphinx-design's card, its body parsed from the directive's content."""
    options: dict[str, Any] = {"class-card": list(classes)}
    card = CardDirective.create_card(directive, None, options)
    assert isinstance(card, nodes.container)
    return card


def card_body(card: nodes.Element) -> nodes.Element:
    """The body component of a sphinx-design ``card`` (the card itself if it has none)."""
    for child in card.children:
        if isinstance(child, nodes.container) and child.get("design_component") == "card-body":
            return child
    return card


def card_title(*children: nodes.Node) -> nodes.container:
    """A card's title component, holding ``children``."""
    return create_component(
        "card-title", ["sd-card-title", "sd-font-weight-bold"], children=children
    )


def grid(columns: str, gutter: str, classes: Sequence[str] = ()) -> nodes.container:
    """A grid container with one row, as the ``grid`` directive makes ("1 2 3 3", "3")."""
    container = create_component("grid-container", [*GRID_CLASSES, *classes])
    container += create_component(
        "grid-row", ["sd-row", *row_columns_option(columns), *gutter_option(gutter)]
    )
    return container


def grid_card(grid_node: nodes.container, classes: Sequence[str]) -> nodes.container:
    """A full-width card in a new item of ``grid_node``'s row; returns the card's body."""
    card = create_component("card", [*CARD_CLASSES, "sd-w-100", CARD_SHADOW, *classes])
    body = create_component("card-body", ["sd-card-body"])
    card += body
    item = create_component("grid-item", list(GRID_ITEM_CLASSES), children=[card])
    row = grid_node[0]
    assert isinstance(row, nodes.Element)
    row += item
    return body


def badge_classes(color: str = "primary") -> list[str]:
    """The classes of sphinx-design's ``bdg-<color>`` badge."""
    return create_bdg_classes(color, False)
