from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'usage/resource.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_site = resolve('site')
    l_0_page = resolve('page')
    l_0_t = missing
    pass
    parent_template = environment.get_template('_layout.html', 'usage/resource.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_t = environment.getitem(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'usage'), 'resources'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'path'))
    context.vars['t'] = l_0_t
    context.exported_vars.add('t')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    pass
    yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'title')))

def block_intro(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_page = resolve('page')
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield '<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'facts')))
    yield '</p>\n<p><a href="'
    yield escape(environment.finalize(t_1(context.eval_ctx, t_1(context.eval_ctx, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'path'), '.html', '.csv'), 'usage/', '')))
    yield '">CSV</a></p>\n'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    try:
        t_2 = environment.filters['bulk_cells_html']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_cells_html' found.")
    pass
    yield '<table>\n<thead><tr>'
    for l_1_h in environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'headers'):
        _loop_vars = {}
        pass
        yield '<th scope="col">'
        yield escape(environment.finalize(l_1_h))
        yield '</th>'
    l_1_h = missing
    yield '</tr></thead>\n<tbody>\n'
    for l_1_block in t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'rows')):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(l_1_block))
    l_1_block = missing
    yield '</tbody>\n<tfoot>\n<tr>'
    for l_1_c in environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'):
        _loop_vars = {}
        pass
        yield '<td'
        if environment.getattr(l_1_c, 'number'):
            pass
            yield ' class="number"'
        yield '>'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'shown')))
        yield '</td>'
    l_1_c = missing
    yield '</tr>\n</tfoot>\n</table>\n<h2>Sources</h2>\n'
    for l_1_s in environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'sources'):
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'fiscal_year')))
        yield '</h3>\n'
        if environment.getattr(l_1_s, 'reports'):
            pass
            yield '<p>Imported from COUNTER reports ('
            yield escape(environment.finalize(environment.getattr(l_1_s, 'metric')))
            yield '):</p>\n<table>\n<thead><tr><th scope="col">Member</th><th scope="col">Report</th><th scope="col">Release</th><th scope="col">Period</th><th scope="col">Created</th><th scope="col">File</th><th scope="col">SHA-256</th><th scope="col">Usage</th></tr></thead>\n<tbody>\n'
            for l_2_r in environment.getattr(l_1_s, 'reports'):
                _loop_vars = {}
                pass
                yield '<tr><td>'
                yield escape(environment.finalize(environment.getattr(l_2_r, 'member')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(l_2_r, 'report')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(l_2_r, 'release')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(l_2_r, 'period')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(l_2_r, 'created')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(l_2_r, 'file')))
                yield '</td><td title="'
                yield escape(environment.finalize(environment.getattr(l_2_r, 'sha256')))
                yield '"><code>'
                yield escape(environment.finalize(environment.getattr(l_2_r, 'sha256')[:12]))
                yield '</code></td><td class="number">'
                yield escape(environment.finalize(environment.getattr(l_2_r, 'usage')))
                yield '</td></tr>\n'
            l_2_r = missing
            yield '</tbody>\n</table>\n'
        else:
            pass
            yield '<p>Typed into the cost file: no COUNTER import is recorded for this year.</p>\n'
    l_1_s = missing

blocks = {'title': block_title, 'intro': block_intro, 'main': block_main}
debug_info = '2=15&3=18&4=23&5=34&6=51&7=53&9=56&11=72&17=80&20=86&24=98&25=102&26=104&27=107&31=109&32=113'

# Generated by `python -m nzconfig.render.precompile` from templates/usage/resource.html; do not edit.
# ruff: noqa
