from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'costs/resource.html'

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
    parent_template = environment.get_template('_layout.html', 'costs/resource.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_t = environment.getitem(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'costs'), 'resources'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'path'))
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
    pass
    yield '<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'facts')))
    yield '</p>\n'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    try:
        t_1 = environment.filters['bulk_cells_html']
    except KeyError:
        @internalcode
        def t_1(*unused):
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
    for l_1_block in t_1(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'rows')):
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
    yield '</tr>\n</tfoot>\n</table>\n<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'summary')))
    yield '</p>\n<p>Rounding: '
    yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'rounding')))
    yield '</p>\n'
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'transfers'):
        pass
        yield '<h2>Cost recovery</h2>\n<p>'
        yield escape(environment.finalize(environment.getattr(environment.getitem(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'transfers'), 0), 'to')))
        yield ' pays the invoice; each member reimburses it'
        if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'recovery_method'):
            pass
            yield ' by '
            yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'recovery_method')))
        yield ':</p>\n<table>\n<thead><tr><th scope="col">Member</th><th scope="col">To</th><th scope="col">Amount</th></tr></thead>\n<tbody>\n'
        for l_1_x in environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'transfers'):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'member')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'to')))
            yield '</td><td class="number">'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'shown')))
            yield '</td></tr>\n'
        l_1_x = missing
        yield '</tbody>\n</table>\n'

blocks = {'title': block_title, 'intro': block_intro, 'main': block_main}
debug_info = '2=15&3=18&4=23&5=34&6=44&8=47&10=63&16=71&19=77&22=89&23=91&24=93&26=96&30=103&31=107'

# Generated by `python -m nzconfig.render.precompile` from templates/costs/resource.html; do not edit.
# ruff: noqa
