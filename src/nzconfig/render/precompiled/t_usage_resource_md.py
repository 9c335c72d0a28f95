from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'usage/resource.md'

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
    pass
    l_0_t = environment.getitem(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'usage'), 'resources'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'path'))
    context.vars['t'] = l_0_t
    context.exported_vars.add('t')
    yield '# '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'title'))))
    yield '\n\n'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'facts'))))
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
    yield '\n\n## Sources\n'
    for l_1_s in environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'sources'):
        _loop_vars = {}
        pass
        yield '\n### '
        yield str(environment.finalize(t_2(environment.getattr(l_1_s, 'fiscal_year'))))
        yield '\n\n'
        if environment.getattr(l_1_s, 'reports'):
            pass
            yield 'Imported from COUNTER reports ('
            yield str(environment.finalize(t_2(environment.getattr(l_1_s, 'metric'))))
            yield '):\n\n| Member | Report | Release | Period | Created | File | SHA-256 | Usage |\n| --- | --- | --- | --- | --- | --- | --- | ---: |\n'
            for l_2_r in environment.getattr(l_1_s, 'reports'):
                _loop_vars = {}
                pass
                yield '| '
                yield str(environment.finalize(t_2(environment.getattr(l_2_r, 'member'))))
                yield ' | '
                yield str(environment.finalize(t_2(environment.getattr(l_2_r, 'report'))))
                yield ' | '
                yield str(environment.finalize(t_2(environment.getattr(l_2_r, 'release'))))
                yield ' | '
                yield str(environment.finalize(t_2(environment.getattr(l_2_r, 'period'))))
                yield ' | '
                yield str(environment.finalize(t_2(environment.getattr(l_2_r, 'created'))))
                yield ' | '
                yield str(environment.finalize(t_2(environment.getattr(l_2_r, 'file'))))
                yield ' | '
                yield str(environment.finalize(t_2(environment.getattr(l_2_r, 'sha256')[:12])))
                yield ' | '
                yield str(environment.finalize(t_2(environment.getattr(l_2_r, 'usage'))))
                yield ' |\n'
            l_2_r = missing
        else:
            pass
            yield 'Typed into the cost file: no COUNTER import is recorded for this year.\n'
    l_1_s = missing

blocks = {}
debug_info = '2=26&3=30&5=32&6=34&8=37&11=41&13=51&20=59&21=65&25=77&27=81&29=83&30=86&34=88&35=92'

# Generated by `python -m nzconfig.render.precompile` from templates/usage/resource.md; do not edit.
# ruff: noqa
