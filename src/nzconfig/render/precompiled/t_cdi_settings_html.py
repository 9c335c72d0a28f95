from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'cdi-settings.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('_layout.html', 'cdi-settings.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'CDI settings'

def block_intro(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "<p>For each shared collection, the CDI tab each member with access must show in the Network\nZone: the row of the CDI settings matrix (policies/cdi-matrix.yaml) that the collection's\nlinking level and method select, then any per-member override in the collection's file,\nwith its reason. A setting the matrix does not state is not listed.</p>\n"

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site = resolve('site')
    try:
        t_1 = environment.filters['bulk_cdi_sections_html']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_cdi_sections_html' found.")
    try:
        t_2 = environment.filters['bulk_cdi_underivable_html']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_cdi_underivable_html' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    try:
        t_5 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    yield '<h2>The CDI settings matrix</h2>\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi_matrix'):
        pass
        yield '<table>\n<thead><tr><th scope="col">Row</th><th scope="col">Linking level</th><th scope="col">Method</th>'
        for l_1_label in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi_labels'):
            _loop_vars = {}
            pass
            yield '<th scope="col">'
            yield escape(environment.finalize(l_1_label))
            yield '</th>'
        l_1_label = missing
        yield '</tr></thead>\n<tbody>\n'
        for l_1_m in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi_matrix'):
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.finalize(environment.getattr(l_1_m, 'title')))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(l_1_m, 'id')))
            yield ')</th><td>'
            yield escape(environment.finalize(environment.getattr(l_1_m, 'levels')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_m, 'method')))
            yield '</td>'
            for l_2_value in environment.getattr(l_1_m, 'settings'):
                _loop_vars = {}
                pass
                yield '<td>'
                yield escape(environment.finalize((l_2_value or '(not stated)')))
                yield '</td>'
            l_2_value = missing
            yield '</tr>\n'
        l_1_m = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>No CDI settings matrix (policies/cdi-matrix.yaml) in this repository.</p>\n'
    yield '<h2>Collections</h2>\n<p>Members with the same settings on a collection share one line. Collections whose settings\ncannot be derived, and that no override sets, are listed together at the end.</p>\n'
    for l_1_block in t_1(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi_labels')):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(l_1_block))
    l_1_block = missing
    for l_1_g in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi_underivable'):
        _loop_vars = {}
        pass
        yield '<section>\n<h3>Settings cannot be derived: '
        yield escape(environment.finalize(t_4(t_3(environment.getattr(l_1_g, 'collections')), 'collection')))
        yield '</h3>\n<p>'
        yield escape(environment.finalize(t_5(environment.getattr(l_1_g, 'note')[:1])))
        yield escape(environment.finalize(environment.getattr(l_1_g, 'note')[1:]))
        yield ', so no CDI settings can be stated for:</p>\n<ul>\n'
        for l_2_block in t_2(environment.getattr(l_1_g, 'collections')):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(l_2_block))
        l_2_block = missing
        yield '</ul>\n</section>\n'
    l_1_g = missing

blocks = {'title': block_title, 'intro': block_intro, 'main': block_main}
debug_info = '2=12&3=17&4=27&10=37&12=77&14=80&16=88&17=92&51=114&52=119&54=123&55=125&59=128'

# Generated by `python -m nzconfig.render.precompile` from templates/cdi-settings.html; do not edit.
# ruff: noqa
