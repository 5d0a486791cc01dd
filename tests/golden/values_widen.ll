; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_s = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_t = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !46
@m_u = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !62
@tp_ro = constant [24 x i8] zeroinitializer, section ".rodata", align 8, !dbg !64
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !70

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !93 {
entry:
  %tmp3 = alloca [1 x i64], align 8, !dbg !99
  %tmp2 = alloca [8 x i64], align 8, !dbg !99
  %tmp1 = alloca [8 x i64], align 8, !dbg !99
  %tmp = alloca [8 x i64], align 8, !dbg !99
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !98, metadata !DIExpression()), !dbg !99
  %zero = alloca i32, align 4, !dbg !100
  store i32 0, i32* %zero, align 4, !dbg !100
  %0 = bitcast i32* %zero to i8*, !dbg !100
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !100
  %.not = icmp eq i8* %1, null, !dbg !100
  br i1 %.not, label %return, label %body, !dbg !100

body:                                             ; preds = %entry
  %2 = bitcast [8 x i64]* %tmp to i8*, !dbg !100
  store i8 0, i8* %2, align 8, !dbg !100
  %3 = bitcast [8 x i64]* %tmp1 to i8*, !dbg !100
  store i8 0, i8* %3, align 8, !dbg !100
  %4 = bitcast [8 x i64]* %tmp2 to i8*, !dbg !101
  %5 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %4, i32 16) #0, !dbg !101
  %6 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !101
  %7 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !101
  store i64 0, i64* %7, align 8, !dbg !101
  %8 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %6, i8* nonnull %4, i64 0) #0, !dbg !101
  %9 = icmp slt i64 %8, 0, !dbg !101
  br i1 %9, label %map.full, label %map.stored, !dbg !101

return:                                           ; preds = %map.full29, %stat.inc31, %map.stored26, %entry
  ret i32 0, !dbg !100

map.full:                                         ; preds = %body
  %10 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !101
  %.not40 = icmp eq i8* %10, null, !dbg !101
  br i1 %.not40, label %map.stored, label %stat.inc, !dbg !101

map.stored:                                       ; preds = %map.full, %stat.inc, %body
  %11 = getelementptr i8, i8* %ctx, i64 24, !dbg !102
  %12 = bitcast i8* %11 to i64*, !dbg !102
  %13 = load i64, i64* %12, align 8, !dbg !102
  %14 = inttoptr i64 %13 to i8*, !dbg !102
  %15 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 64, i8* %14) #0, !dbg !102
  store i64 0, i64* %7, align 8, !dbg !102
  %16 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %6, i8* nonnull %4, i64 0) #0, !dbg !102
  %17 = icmp slt i64 %16, 0, !dbg !102
  br i1 %17, label %map.full4, label %map.stored5, !dbg !102

stat.inc:                                         ; preds = %map.full
  %18 = getelementptr i8, i8* %10, i64 8, !dbg !101
  %19 = bitcast i8* %18 to i64*, !dbg !101
  %20 = load i64, i64* %19, align 8, !dbg !101
  %21 = add i64 %20, 1, !dbg !101
  store i64 %21, i64* %19, align 8, !dbg !101
  br label %map.stored, !dbg !101

map.full4:                                        ; preds = %map.stored
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !102
  %.not39 = icmp eq i8* %22, null, !dbg !102
  br i1 %.not39, label %map.stored5, label %stat.inc6, !dbg !102

map.stored5:                                      ; preds = %map.full4, %stat.inc6, %map.stored
  store i8 120, i8* %4, align 8, !dbg !103
  %23 = getelementptr inbounds i8, i8* %4, i64 1, !dbg !103
  store i8 0, i8* %23, align 1, !dbg !103
  store i64 0, i64* %7, align 8, !dbg !103
  %24 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %6, i8* nonnull %4, i64 0) #0, !dbg !103
  %25 = icmp slt i64 %24, 0, !dbg !103
  br i1 %25, label %map.full8, label %map.stored9, !dbg !103

stat.inc6:                                        ; preds = %map.full4
  %26 = getelementptr i8, i8* %22, i64 8, !dbg !102
  %27 = bitcast i8* %26 to i64*, !dbg !102
  %28 = load i64, i64* %27, align 8, !dbg !102
  %29 = add i64 %28, 1, !dbg !102
  store i64 %29, i64* %27, align 8, !dbg !102
  br label %map.stored5, !dbg !102

map.full8:                                        ; preds = %map.stored5
  %30 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !103
  %.not38 = icmp eq i8* %30, null, !dbg !103
  br i1 %.not38, label %map.stored9, label %stat.inc10, !dbg !103

map.stored9:                                      ; preds = %map.full8, %stat.inc10, %map.stored5
  %31 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %1, i32 16) #0, !dbg !104
  %32 = getelementptr i8, i8* %1, i64 64, !dbg !104
  %33 = bitcast i8* %32 to i64*, !dbg !104
  store i64 1, i64* %33, align 8, !dbg !104
  %34 = getelementptr inbounds [8 x i64], [8 x i64]* %tmp2, i64 0, i64 0, !dbg !104
  store i64 1, i64* %34, align 8, !dbg !104
  %35 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %4, i8* nonnull %1, i64 0) #0, !dbg !104
  %36 = icmp slt i64 %35, 0, !dbg !104
  br i1 %36, label %map.full12, label %map.stored13, !dbg !104

stat.inc10:                                       ; preds = %map.full8
  %37 = getelementptr i8, i8* %30, i64 8, !dbg !103
  %38 = bitcast i8* %37 to i64*, !dbg !103
  %39 = load i64, i64* %38, align 8, !dbg !103
  %40 = add i64 %39, 1, !dbg !103
  store i64 %40, i64* %38, align 8, !dbg !103
  br label %map.stored9, !dbg !103

map.full12:                                       ; preds = %map.stored9
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !104
  %.not37 = icmp eq i8* %41, null, !dbg !104
  br i1 %.not37, label %map.stored13, label %stat.inc14, !dbg !104

map.stored13:                                     ; preds = %map.full12, %stat.inc14, %map.stored9
  %42 = load i64, i64* %12, align 8, !dbg !105
  %43 = inttoptr i64 %42 to i8*, !dbg !105
  %44 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 64, i8* %43) #0, !dbg !105
  store i64 2, i64* %33, align 8, !dbg !105
  store i64 2, i64* %34, align 8, !dbg !105
  %45 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %4, i8* nonnull %1, i64 0) #0, !dbg !105
  %46 = icmp slt i64 %45, 0, !dbg !105
  br i1 %46, label %map.full17, label %map.stored18, !dbg !105

stat.inc14:                                       ; preds = %map.full12
  %47 = getelementptr i8, i8* %41, i64 16, !dbg !104
  %48 = bitcast i8* %47 to i64*, !dbg !104
  %49 = load i64, i64* %48, align 8, !dbg !104
  %50 = add i64 %49, 1, !dbg !104
  store i64 %50, i64* %48, align 8, !dbg !104
  br label %map.stored13, !dbg !104

map.full17:                                       ; preds = %map.stored13
  %51 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !105
  %.not36 = icmp eq i8* %51, null, !dbg !105
  br i1 %.not36, label %map.stored18, label %stat.inc19, !dbg !105

map.stored18:                                     ; preds = %map.full17, %stat.inc19, %map.stored13
  %52 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %3, i32 16) #0, !dbg !106
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %4, i8* noundef nonnull align 8 dereferenceable(64) %3, i64 64, i1 false), !dbg !107
  store i64 0, i64* %7, align 8, !dbg !107
  %53 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %6, i8* nonnull %4, i64 0) #0, !dbg !107
  %54 = icmp slt i64 %53, 0, !dbg !107
  br i1 %54, label %map.full21, label %map.stored22, !dbg !107

stat.inc19:                                       ; preds = %map.full17
  %55 = getelementptr i8, i8* %51, i64 16, !dbg !105
  %56 = bitcast i8* %55 to i64*, !dbg !105
  %57 = load i64, i64* %56, align 8, !dbg !105
  %58 = add i64 %57, 1, !dbg !105
  store i64 %58, i64* %56, align 8, !dbg !105
  br label %map.stored18, !dbg !105

map.full21:                                       ; preds = %map.stored18
  %59 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !107
  %.not35 = icmp eq i8* %59, null, !dbg !107
  br i1 %.not35, label %map.stored22, label %stat.inc23, !dbg !107

map.stored22:                                     ; preds = %map.full21, %stat.inc23, %map.stored18
  %60 = load i64, i64* %12, align 8, !dbg !108
  %61 = inttoptr i64 %60 to i8*, !dbg !108
  %62 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %2, i32 9, i8* %61) #0, !dbg !108
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %4, i8* noundef nonnull align 8 dereferenceable(64) %2, i64 64, i1 false), !dbg !109
  store i64 0, i64* %7, align 8, !dbg !109
  %63 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %6, i8* nonnull %4, i64 0) #0, !dbg !109
  %64 = icmp slt i64 %63, 0, !dbg !109
  br i1 %64, label %map.full25, label %map.stored26, !dbg !109

stat.inc23:                                       ; preds = %map.full21
  %65 = getelementptr i8, i8* %59, i64 8, !dbg !107
  %66 = bitcast i8* %65 to i64*, !dbg !107
  %67 = load i64, i64* %66, align 8, !dbg !107
  %68 = add i64 %67, 1, !dbg !107
  store i64 %68, i64* %66, align 8, !dbg !107
  br label %map.stored22, !dbg !107

map.full25:                                       ; preds = %map.stored22
  %69 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !109
  %.not34 = icmp eq i8* %69, null, !dbg !109
  br i1 %.not34, label %map.stored26, label %stat.inc27, !dbg !109

map.stored26:                                     ; preds = %map.full25, %stat.inc27, %map.stored22
  %70 = load i64, i64* %12, align 8, !dbg !110
  %71 = inttoptr i64 %70 to i8*, !dbg !110
  %72 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 64, i8* %71) #0, !dbg !110
  store i64 0, i64* %7, align 8, !dbg !110
  %73 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %6, i8* nonnull %4, i64 0) #0, !dbg !110
  %74 = icmp slt i64 %73, 0, !dbg !110
  br i1 %74, label %map.full29, label %return, !dbg !110

stat.inc27:                                       ; preds = %map.full25
  %75 = getelementptr i8, i8* %69, i64 24, !dbg !109
  %76 = bitcast i8* %75 to i64*, !dbg !109
  %77 = load i64, i64* %76, align 8, !dbg !109
  %78 = add i64 %77, 1, !dbg !109
  store i64 %78, i64* %76, align 8, !dbg !109
  br label %map.stored26, !dbg !109

map.full29:                                       ; preds = %map.stored26
  %79 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !110
  %.not33 = icmp eq i8* %79, null, !dbg !110
  br i1 %.not33, label %return, label %stat.inc31, !dbg !110

stat.inc31:                                       ; preds = %map.full29
  %80 = getelementptr i8, i8* %79, i64 24, !dbg !110
  %81 = bitcast i8* %80 to i64*, !dbg !110
  %82 = load i64, i64* %81, align 8, !dbg !110
  %83 = add i64 %82, 1, !dbg !110
  store i64 %83, i64* %81, align 8, !dbg !110
  br label %return, !dbg !110
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!91, !92}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !79, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "values_widen.tp", directory: ".")
!4 = !{!0, !5, !28, !46, !62, !64, !70}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 256, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 4, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_s", linkageName: "m_s", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !40}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 192)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !43, size: 512, align: 8, elements: !44)
!43 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!44 = !{!45}
!45 = !DISubrange(count: 64, lowerBound: 0)
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression())
!47 = distinct !DIGlobalVariable(name: "m_t", linkageName: "m_t", scope: !2, file: !3, type: !48, isLocal: false, isDefinition: true, align: 64)
!48 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !49)
!49 = !{!32, !33, !50, !56}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !51, size: 64, align: 64, offset: 128)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !53)
!53 = !{!54}
!54 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !55, size: 64, align: 8)
!55 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !57, size: 64, align: 64, offset: 192)
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !58, size: 64, align: 64, dwarfAddressSpace: 0)
!58 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 576, align: 64, elements: !59)
!59 = !{!60, !61}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "v0", scope: !3, file: !3, baseType: !42, size: 512, align: 8)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "v1", scope: !3, file: !3, baseType: !55, size: 64, align: 8, offset: 512)
!62 = !DIGlobalVariableExpression(var: !63, expr: !DIExpression())
!63 = distinct !DIGlobalVariable(name: "m_u", linkageName: "m_u", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!64 = !DIGlobalVariableExpression(var: !65, expr: !DIExpression())
!65 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !66, isLocal: false, isDefinition: true, align: 64)
!66 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !67)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !43, size: 192, align: 8, elements: !68)
!68 = !{!69}
!69 = !DISubrange(count: 24, lowerBound: 0)
!70 = !DIGlobalVariableExpression(var: !71, expr: !DIExpression())
!71 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !72, isLocal: false, isDefinition: true, align: 64)
!72 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !73)
!73 = !{!9, !15, !20, !74}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !75, size: 64, align: 64, offset: 192)
!75 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !76, size: 64, align: 64, dwarfAddressSpace: 0)
!76 = !DICompositeType(tag: DW_TAG_array_type, baseType: !43, size: 576, align: 8, elements: !77)
!77 = !{!78}
!78 = !DISubrange(count: 72, lowerBound: 0)
!79 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !80)
!80 = !{!81, !86}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !82, size: 64, align: 64)
!82 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !83, size: 64, align: 64, dwarfAddressSpace: 0)
!83 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !84)
!84 = !{!85}
!85 = !DISubrange(count: 27, lowerBound: 0)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !87, size: 64, align: 64, offset: 64)
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !88, size: 64, align: 64, dwarfAddressSpace: 0)
!88 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !89)
!89 = !{!90}
!90 = !DISubrange(count: 262144, lowerBound: 0)
!91 = !{i32 2, !"Debug Info Version", i32 3}
!92 = !{i32 2, !"Dwarf Version", i32 4}
!93 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !94, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !97)
!94 = !DISubroutineType(types: !95)
!95 = !{!12, !96}
!96 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!97 = !{!98}
!98 = !DILocalVariable(name: "ctx", arg: 1, scope: !93, file: !3, line: 3, type: !96)
!99 = !DILocation(line: 3, scope: !93)
!100 = !DILocation(line: 3, column: 1, scope: !93)
!101 = !DILocation(line: 4, column: 2, scope: !93)
!102 = !DILocation(line: 5, column: 2, scope: !93)
!103 = !DILocation(line: 6, column: 2, scope: !93)
!104 = !DILocation(line: 7, column: 2, scope: !93)
!105 = !DILocation(line: 8, column: 2, scope: !93)
!106 = !DILocation(line: 9, column: 2, scope: !93)
!107 = !DILocation(line: 10, column: 2, scope: !93)
!108 = !DILocation(line: 11, column: 2, scope: !93)
!109 = !DILocation(line: 12, column: 2, scope: !93)
!110 = !DILocation(line: 13, column: 2, scope: !93)
