from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'costs/consortium.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_site = resolve('site')
    l_0_page = resolve('page')
    l_0_c = missing
    pass
    parent_template = environment.get_template('_layout.html', 'costs/consortium.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_c = environment.getitem(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'costs'), 'consortium'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'path'))
    context.vars['c'] = l_0_c
    context.exported_vars.add('c')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_c = resolve('c')
    pass
    yield 'Shared resource costs, fiscal year '
    yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'fiscal_year')))

def block_intro(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_c = resolve('c')
    pass
    yield "<p>Each member's total contribution to each shared resource invoiced in "
    yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'fiscal_year')))
    yield ', by the shared cost formula (pay-to-play and usage).</p>\n'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_c = resolve('c')
    try:
        t_1 = environment.filters['bulk_cells_html']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_cells_html' found.")
    try:
        t_2 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    pass
    for l_1_t in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'tables'):
        _loop_vars = {}
        pass
        yield '<h2>'
        yield escape(environment.finalize(environment.getattr(l_1_t, 'currency')))
        yield '</h2>\n<table>\n<thead><tr>'
        for l_2_h in environment.getattr(l_1_t, 'headers'):
            _loop_vars = {}
            pass
            yield '<th scope="col">'
            yield escape(environment.finalize(l_2_h))
            yield '</th>'
        l_2_h = missing
        yield '</tr></thead>\n<tbody>\n'
        for l_2_block in t_1(environment.getattr(l_1_t, 'rows')):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(l_2_block))
        l_2_block = missing
        yield '</tbody>\n<tfoot>\n<tr>'
        for l_2_cell in environment.getattr(l_1_t, 'total'):
            _loop_vars = {}
            pass
            yield '<td'
            if environment.getattr(l_2_cell, 'number'):
                pass
                yield ' class="number"'
            yield '>'
            yield escape(environment.finalize(environment.getattr(l_2_cell, 'shown')))
            yield '</td>'
        l_2_cell = missing
        yield '</tr>\n</tfoot>\n</table>\n'
        if environment.getattr(l_1_t, 'transfers'):
            pass
            yield '<p>Cost recovery transfers:</p>\n<table>\n<thead><tr><th scope="col">Member</th><th scope="col">To</th><th scope="col">Amount</th><th scope="col">Resource</th></tr></thead>\n<tbody>\n'
            for l_2_x in t_2(environment, environment.getattr(l_1_t, 'transfers'), attribute='member'):
                _loop_vars = {}
                pass
                yield '<tr><td>'
                yield escape(environment.finalize(environment.getattr(l_2_x, 'member')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(l_2_x, 'to')))
                yield '</td><td class="number">'
                yield escape(environment.finalize(environment.getattr(l_2_x, 'shown')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(l_2_x, 'resource')))
                yield '</td></tr>\n'
            l_2_x = missing
            yield '</tbody>\n</table>\n'
    l_1_t = missing

blocks = {'title': block_title, 'intro': block_intro, 'main': block_main}
debug_info = '3=15&4=18&5=23&6=35&7=45&9=48&10=69&11=73&13=75&19=83&22=89&25=101&30=104&31=108'

# Generated by `python -m nzconfig.render.precompile` from templates/costs/consortium.html; do not edit.
# ruff: noqa
