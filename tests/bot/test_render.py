from __future__ import annotations

import pytest

from bot.dialogue.plain import render_plain
from bot.dialogue.replies import Block, Button, Style, code, item, note, reply, title
from bot.telegram.render import LIMIT, chunks, keyboard


@pytest.mark.parametrize(
    ("block", "html"),
    [
        pytest.param(title("A & <b>"), "<b>A &amp; &lt;b&gt;</b>", id="title-escaped"),
        pytest.param(item("x < y"), "• x &lt; y", id="item"),
        pytest.param(note("„cytat”"), "<i>„cytat”</i>", id="note"),
        pytest.param(code("a\n<b>"), "<pre>a\n&lt;b&gt;</pre>", id="code"),
        pytest.param(Block("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;", id="text"),
    ],
)
def test_every_block_is_escaped(block: Block, html: str) -> None:
    assert chunks(reply(block)) == [html]


def test_long_replies_split_under_the_limit_at_block_boundaries() -> None:
    blocks = [item(f"pozycja {n} " + "x" * 300) for n in range(40)] + [Block("y" * 9000, Style.CODE)]
    parts = chunks(reply(*blocks))
    assert len(parts) > 3 and all(len(p) <= LIMIT for p in parts)
    assert all(p.count("<pre>") == p.count("</pre>") for p in parts)  # tags never cut in half
    assert sum(p.count("• pozycja") for p in parts) == 40


def test_keyboard_rows_and_plain_numbering() -> None:
    r = reply("Wybierz:", buttons=((Button("A", "a:1"), Button("B", "b:2")), (Button("C", "c:3"),)))
    markup = keyboard(r)
    assert markup is not None
    assert [[b.callback_data for b in row] for row in markup.inline_keyboard] == [["a:1", "b:2"], ["c:3"]]
    assert render_plain(r, first_button=3).splitlines()[1:] == ["  [3] A", "  [4] B", "  [5] C"]


def test_button_action_over_64_bytes_is_refused() -> None:
    with pytest.raises(ValueError, match="64 bytes"):
        Button("x", "faq:" + "ą" * 40)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        pytest.param(
            "Jakie wydatki są niekwalifikowalne w Cyberbezpiecznym Samorządzie i dlaczego?",
            "Jakie wydatki są niekwalifikowalne w Cyberbezpiecznym…",
            id="cut-at-word",
        ),
        pytest.param("Krótkie pytanie?", "Krótkie pytanie?", id="short-unchanged"),
        pytest.param("x" * 80, "x" * 63 + "…", id="one-long-word"),
    ],
)
def test_button_labels_are_cut_at_a_word_boundary(label: str, expected: str) -> None:
    from bot.dialogue.replies import short_label

    assert short_label(label) == expected
    assert len(short_label(label)) <= 64
