/**
 * The calculator's styles, inside its shadow root. `all: initial` on the inner root
 * stops the host page's styles (inherited font, colour, spacing, or rules on the
 * element itself) at the boundary; hosts
 * theme it only through the --aisc-* custom properties and the `theme` attribute.
 * On the guide itself those fall back to Starlight's variables, so it follows the
 * site's light and dark themes.
 */
export const calculatorCss = `
:host{display:block;contain:content;
--_bg:var(--aisc-bg,var(--sl-color-bg,#fff));--_fg:var(--aisc-fg,var(--sl-color-white,#17181c));
--_muted:var(--aisc-muted,var(--sl-color-gray-2,#4a4f5c));--_accent:var(--aisc-accent,var(--sl-color-text-accent,#2a5db0));
--_accent-fg:var(--aisc-accent-fg,var(--sl-color-black,#fff));--_border:var(--aisc-border,var(--sl-color-gray-5,#c8ccd4));
--_panel:var(--aisc-panel,var(--sl-color-gray-7,#f3f4f6));--_warn:var(--aisc-warning,var(--sl-color-orange-high,#8a4b00));
}
:host([hidden]){display:none}
.dark{--_bg:var(--aisc-bg,#17181c);--_fg:var(--aisc-fg,#f1f2f4);--_muted:var(--aisc-muted,#b9bec8);--_accent:var(--aisc-accent,#8ab4f8);
--_accent-fg:var(--aisc-accent-fg,#17181c);--_border:var(--aisc-border,#464b56);--_panel:var(--aisc-panel,#23262d);--_warn:var(--aisc-warning,#ffc266)}
@media (prefers-color-scheme:dark){.auto{--_bg:var(--aisc-bg,var(--sl-color-bg,#17181c));--_fg:var(--aisc-fg,var(--sl-color-white,#f1f2f4));
--_muted:var(--aisc-muted,var(--sl-color-gray-2,#b9bec8));--_accent:var(--aisc-accent,var(--sl-color-text-accent,#8ab4f8));
--_accent-fg:var(--aisc-accent-fg,var(--sl-color-black,#17181c));--_border:var(--aisc-border,var(--sl-color-gray-5,#464b56));
--_panel:var(--aisc-panel,var(--sl-color-gray-7,#23262d));--_warn:var(--aisc-warning,var(--sl-color-orange-high,#ffc266))}}
.root{all:initial;display:block;font:16px/1.5 var(--aisc-font,var(--sl-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif));
color:var(--_fg);background:var(--_bg);border:1px solid var(--_border);border-radius:var(--aisc-radius,.75rem);padding:1rem 1.25rem}
*,*::before,*::after{box-sizing:border-box}
h2{font-size:1.15rem;margin:0 0 .75rem}
form{display:grid;gap:.75rem 1rem;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr))}
fieldset{border:1px solid var(--_border);border-radius:.5rem;margin:0;padding:.5rem .75rem}
legend,label{font-weight:600}
label{display:block}
.field{display:grid;gap:.25rem;align-content:start}
.choice{display:flex;gap:.5rem;align-items:center;font-weight:400}
select,input{font:inherit;color:var(--_fg);background:var(--_bg);border:1px solid var(--_border);border-radius:.375rem;padding:.35rem .5rem;min-height:2.5rem}
input[type=checkbox],input[type=radio]{min-height:auto;accent-color:var(--_accent);width:1.1rem;height:1.1rem}
:focus-visible{outline:3px solid var(--_accent);outline-offset:2px}
[aria-invalid=true]{border-color:var(--_warn);border-width:2px}
.hint,.field-error{font-weight:400;font-size:.85rem;color:var(--_muted)}
.field-error{color:var(--_warn)}
.wide{grid-column:1/-1}
.notice{border-left:4px solid var(--_warn);background:var(--_panel);padding:.5rem .75rem;margin:.75rem 0;font-size:.9rem}
.notice ul{margin:.25rem 0 0;padding-left:1.25rem}
.result{margin:1rem 0 .5rem;font-size:1.05rem}
.figure{font-size:1.6rem;font-weight:700;display:block}
.bar{position:relative;height:3.25rem;margin:.5rem 0 1.25rem;border-bottom:1px solid var(--_border)}
.band,.est{position:absolute;border-radius:.25rem}
.band{top:0;height:1.25rem;background:var(--_panel);border:1px dashed var(--_muted);font-size:.7rem;color:var(--_muted);overflow:hidden;white-space:nowrap;padding:0 .25rem;line-height:1.2rem}
.est{top:1.6rem;height:1.1rem;background:var(--_accent)}
.tick{position:absolute;top:3.3rem;font-size:.7rem;color:var(--_muted);transform:translateX(-50%)}
details{border:1px solid var(--_border);border-radius:.5rem;padding:.5rem .75rem;margin:.5rem 0}
summary{cursor:pointer;font-weight:600}
ol,ul{padding-left:1.25rem}
li{margin:.25rem 0}
.basis{font-size:.85rem;color:var(--_muted)}
.tag{display:inline-block;font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;border:1px solid currentColor;border-radius:.25rem;padding:0 .25rem;margin-right:.25rem}
.assumption{display:grid;gap:.25rem;margin:.75rem 0}
.assumption p{margin:0;font-size:.85rem;color:var(--_muted)}
.row{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
button{font:inherit;cursor:pointer;border-radius:.375rem;border:1px solid var(--_accent);background:var(--_accent);color:var(--_accent-fg);padding:.4rem .8rem;min-height:2.5rem}
button.secondary{background:transparent;color:var(--_fg);border-color:var(--_border)}
a{color:var(--_accent)}
.comparison{background:var(--_panel);border-radius:.5rem;padding:.5rem .75rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.footer{font-size:.8rem;color:var(--_muted);margin-top:.75rem}
@media (prefers-reduced-motion:no-preference){.est{transition:left .2s ease,width .2s ease}}
`;
