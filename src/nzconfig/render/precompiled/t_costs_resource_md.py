from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'costs/resource.md'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_page = resolve('page')
    l_0_t = missing
    try:
        t_1 = environment.filters['bulk_cells_md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_cells_md' found.")
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_3 = environment.filters['md_code']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md_code' found.")
    pass
    l_0_t = environment.getitem(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'costs'), 'resources'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'path'))
    context.vars['t'] = l_0_t
    context.exported_vars.add('t')
    yield '# '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'title'))))
    yield '\n\n'
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'facts'))))
    yield '\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'stamp'):
        pass
        yield '\nGenerated at '
        yield str(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'stamp')))
        yield '.\n'
    yield '\n| '
    l_1_loop = missing
    for l_1_h, l_1_loop in LoopContext(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'headers'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_2(l_1_h)))
        yield ' |'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' '
    l_1_loop = l_1_h = missing
    yield '\n|'
    for l_1_c in environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(('---:' if environment.getattr(l_1_c, 'number') else '---')))
        yield ' |'
    l_1_c = missing
    yield '\n'
    for l_1_block in t_1(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'rows')):
        _loop_vars = {}
        pass
        yield str(environment.finalize(l_1_block))
    l_1_block = missing
    yield '|'
    for l_1_c in environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'):
        _loop_vars = {}
        pass
        yield ' '
        if environment.getattr(l_1_c, 'shown'):
            pass
            yield '**'
            yield str(environment.finalize(t_2(environment.getattr(l_1_c, 'shown'))))
            yield '**'
        yield ' |'
    l_1_c = missing
    yield '\n\n'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'summary'))))
    yield '\n\nRounding: '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'rounding'))))
    yield '\n'
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'transfers'):
        pass
        yield '\n## Cost recovery\n\n'
        yield str(environment.finalize(t_2(environment.getattr(environment.getitem(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'transfers'), 0), 'to'))))
        yield ' pays the invoice; each member reimburses it'
        if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'recovery_method'):
            pass
            yield ' by '
            yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'recovery_method'))))
        yield ':\n\n| Member | To | Amount |\n| --- | --- | ---: |\n'
        for l_1_x in environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'transfers'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(t_2(environment.getattr(l_1_x, 'member'))))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(l_1_x, 'to'))))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(l_1_x, 'shown'))))
            yield ' |\n'
        l_1_x = missing

blocks = {}
debug_info = '2=32&3=36&5=38&6=40&8=43&11=47&13=57&20=65&21=71&24=83&26=85&27=87&31=90&35=97&36=101'

# Generated by `python -m nzconfig.render.precompile` from templates/costs/resource.md; do not edit.
# ruff: noqa
